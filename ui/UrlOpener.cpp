#include "UrlOpener.h"

#include <QDesktopServices>

namespace rebind {

namespace {
struct State
{
    bool capture = false;
    QList<QUrl> urls;
};

State& state()
{
    static State s;
    return s;
}
} // namespace

bool UrlOpener::open(const QUrl& url)
{
    if (!url.isValid() || url.isEmpty()) {
        return false;
    }
    if (state().capture) {
        state().urls.append(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void UrlOpener::setCapture(bool capture)
{
    state().capture = capture;
}

QList<QUrl> UrlOpener::captured()
{
    return state().urls;
}

void UrlOpener::reset()
{
    state().urls.clear();
}

} // namespace rebind
