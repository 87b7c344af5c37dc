// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include "AppSettings.h"
#include "ThemeColors.h"

#include <algorithm>
#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QFontMetricsF>
#include <QIcon>
#include <QLayout>
#include <QPalette>
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

namespace {

// Qt's own palettes draw placeholder text as the text colour at half opacity (about 4:1 on
// white and on a dark base), and most themes put white text on a mid blue selection (2.6 to
// 3.7:1): both under WCAG's 4.5:1. Where the system's pair is that faint, the placeholder gets
// the nearest opaque colour that reads, the selection the same blue darkened (or lightened)
// until its text reads; every other colour stays the system's. True when it changed the palette.
bool makePairsReadable()
{
    QPalette palette = QApplication::palette();
    bool changed = false;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor placeholder = palette.color(group, QPalette::PlaceholderText);
        const double alpha = placeholder.alphaF();
        const auto blend = [alpha](int over, int under) {
            return qRound(over * alpha + under * (1.0 - alpha));
        };
        const QColor shown(blend(placeholder.red(), base.red()),
                           blend(placeholder.green(), base.green()),
                           blend(placeholder.blue(), base.blue()));
        if (ThemeColors::contrast(shown, base) < ThemeColors::kMinimumContrast) {
            palette.setColor(group, QPalette::PlaceholderText,
                             ThemeColors::readable(shown, {base}));
            changed = true;
        }
        const QColor highlight = palette.color(group, QPalette::Highlight);
        const QColor selected = palette.color(group, QPalette::HighlightedText);
        if (ThemeColors::contrast(selected, highlight) < ThemeColors::kMinimumContrast) {
            // With room to spare: the thin strokes of light letters on a coloured ground are
            // drawn a little short of their full colour.
            palette.setColor(
                group, QPalette::Highlight,
                ThemeColors::readable(highlight, {selected}, ThemeColors::kMinimumContrast + 1.0));
            changed = true;
        }
    }
    if (changed) {
        QApplication::setPalette(palette);
    }
    return changed;
}

class PaletteKeeper : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange &&
            watched == QCoreApplication::instance() && !makePairsReadable()) {
            // Widgets polished under the application's style sheet keep the colours they were
            // polished with: polish them again in the new ones, once every widget has heard.
            QTimer::singleShot(0, this, [] {
                if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
                    app != nullptr && !app->styleSheet().isEmpty()) {
                    app->setStyleSheet(app->styleSheet());
                }
            });
        }
        return false;
    }
};

} // namespace

void Appearance::apply(QApplication& app)
{
    setTextScale(AppSettings().textScale());
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/io.github.rebindapp.Rebind.png").arg(size),
            QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    // Colours are the system's (its light or dark theme, through the platform theme): the
    // style sheet sets sizes only, and coloured text is derived from the palette (ThemeColors).
    app.setStyleSheet(styleSheet());
    makePairsReadable();
    static QPointer<PaletteKeeper> keeper;
    if (keeper.isNull()) {
        keeper = new PaletteKeeper(&app);
        app.installEventFilter(keeper);
    }
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
