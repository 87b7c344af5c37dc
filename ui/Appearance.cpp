// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "AppSettings.h"

#include <algorithm>
#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QFontMetricsF>
#include <QIcon>
#include <QLayout>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace rebind {

namespace {
constexpr char kFactorProperty[] = "rebindFontFactor";
constexpr char kBoldProperty[] = "rebindFontBold";

// The unscaled application font, so that changing the scale never compounds.
QFont& baseFont()
{
    static QFont font = [] {
        QFont f = QApplication::font();
        if (f.pointSizeF() < Appearance::kBasePointSize) {
            f.setPointSizeF(Appearance::kBasePointSize);
        }
        return f;
    }();
    return font;
}
double& currentScale()
{
    static double scale = AppSettings::kMinTextScale;
    return scale;
}

// Generous padding inside item views; check boxes and radio buttons as large as the text they
// stand beside (the platform style draws them at one size whatever the font).
QString styleSheet()
{
    const int indicator = Appearance::indicatorSize();
    return QStringLiteral("QTreeView::item, QTableView::item { padding: 4px 6px; }"
                          "QToolBar QToolButton { padding: 4px 8px; }"
                          "QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator, "
                          "QAbstractItemView::indicator { width: %1px; height: %1px; }")
        .arg(indicator);
}
} // namespace

int Appearance::indicatorSize()
{
    // 14 pixels beside the 12-point base font (the platform's own size), growing with the text.
    QFont font = baseFont();
    font.setPointSizeF(baseFont().pointSizeF() * currentScale());
    return std::max(13, qRound(QFontMetricsF(font).height() * 0.75));
}

void Appearance::setTextScale(double scale)
{
    currentScale() = std::clamp(scale, AppSettings::kMinTextScale, AppSettings::kMaxTextScale);
    QFont font = baseFont();
    font.setPointSizeF(baseFont().pointSizeF() * currentScale());
    QApplication::setFont(font);
    // Widgets that a style sheet has polished keep the font they were polished with, and fonts
    // set on purpose (titles) do not follow the application font: redo both, so that the
    // change shows at once in open windows too.
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        app != nullptr && !app->styleSheet().isEmpty()) {
        app->setStyleSheet(styleSheet());
    }
    const auto widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        const QVariant factor = widget->property(kFactorProperty);
        if (factor.isValid()) {
            widget->setFont(
                scaledFont(factor.toDouble(), widget->property(kBoldProperty).toBool()));
        }
    }
}

double Appearance::textScale()
{
    return currentScale();
}

void Appearance::apply(QApplication& app)
{
    setTextScale(AppSettings().textScale());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rebind.png")));
    app.setStyleSheet(styleSheet());
}

namespace {

class Fitter : public QObject
{
public:
    explicit Fitter(QWidget* window) : QObject(window), m_window(window) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window &&
            (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)) {
            // After the layout has been redone.
            QTimer::singleShot(0, this, &Fitter::fit);
        }
        return false;
    }

    void fit()
    {
        // A plain pointer, checked once: the optimiser cannot see through QPointer's checks.
        QWidget* const window = m_window.data();
        if (window == nullptr || !window->isVisible() || window->layout() == nullptr) {
            return;
        }
        const int width = std::max(window->width(), window->minimumSizeHint().width());
        int wanted = window->heightForWidth(width);
        if (wanted < 0) {
            wanted = window->sizeHint().height();
        }
        if (const QScreen* screen = window->screen()) {
            wanted = std::min(wanted, screen->availableGeometry().height() - 40);
        }
        if (wanted <= window->height() && width <= window->width()) {
            return;
        }
        window->resize(width, std::max(wanted, window->height()));
        // Grown past the bottom of the screen: move up.
        if (const QScreen* screen = window->screen()) {
            const QRect available = screen->availableGeometry();
            const QRect frame = window->frameGeometry();
            if (frame.bottom() > available.bottom()) {
                window->move(frame.x(),
                             std::max(available.top(), available.bottom() - frame.height()));
            }
        }
    }

private:
    QPointer<QWidget> m_window;
};

} // namespace

void Appearance::keepFitted(QWidget* window)
{
    window->installEventFilter(new Fitter(window));
}

QFont Appearance::scaledFont(double factor, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

void Appearance::setScaledFont(QWidget* widget, double factor, bool bold)
{
    widget->setProperty(kFactorProperty, factor);
    widget->setProperty(kBoldProperty, bold);
    widget->setFont(scaledFont(factor, bold));
}

} // namespace rebind
