// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeColors.h"

#include <algorithm>
#include <cmath>
#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>
#include <vector>

namespace rebind {

namespace {

// Above the minimum, so that rounding to 8-bit channels never takes a colour under it.
constexpr double kMargin = 0.15;

QColor mix(const QColor& a, const QColor& b, double towardsB)
{
    const auto channel = [towardsB](int x, int y) {
        return static_cast<int>(std::lround(x + (y - x) * towardsB));
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

// The tone's hue for text on a light background and on a dark one. Light: the red, green,
// brown and blue the app always used; dark: the same hues as pale tints, as dark themes do.
QColor accent(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
    case Tone::Good:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6b, 0x34);
    case Tone::Caution:
        return dark ? QColor(0xf0, 0xb6, 0x5a) : QColor(0x8a, 0x53, 0x00);
    case Tone::Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Tone::Neutral:
        break;
    }
    return {};
}

QList<QColor> textBackgrounds(const QPalette& palette)
{
    return {palette.color(QPalette::Window), palette.color(QPalette::Base),
            palette.color(QPalette::AlternateBase)};
}

// One filter on the application for every follower: the application object is told of every
// palette change, from QApplication::setPalette or from the platform's theme.
class PaletteWatcher : public QObject
{
public:
    static PaletteWatcher& instance()
    {
        static auto* watcher = new PaletteWatcher(QCoreApplication::instance());
        return *watcher;
    }

    void add(QWidget* widget, std::function<void()> apply)
    {
        m_followers.push_back({widget, std::move(apply)});
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange &&
            watched == QCoreApplication::instance()) {
            m_followers.erase(std::remove_if(m_followers.begin(), m_followers.end(),
                                             [](const Follower& f) { return f.widget.isNull(); }),
                              m_followers.end());
            // A copy: applying may create widgets that follow too.
            const std::vector<Follower> now = m_followers;
            for (const Follower& follower : now) {
                if (!follower.widget.isNull()) {
                    follower.apply();
                }
            }
        }
        return false;
    }

private:
    explicit PaletteWatcher(QObject* app) : QObject(app) { app->installEventFilter(this); }

    struct Follower
    {
        QPointer<QWidget> widget;
        std::function<void()> apply;
    };
    std::vector<Follower> m_followers;
};

constexpr char kToneProperty[] = "rebindTextTone";
constexpr int kQuiet = -1;

void applyTextTone(QWidget* widget)
{
    const QVariant tone = widget->property(kToneProperty);
    const QPalette palette = QApplication::palette(widget);
    QString sheet;
    if (tone.toInt() == kQuiet) {
        sheet = QStringLiteral("color: %1;").arg(ThemeColors::quietText(palette).name());
    } else if (tone.isValid() && static_cast<Tone>(tone.toInt()) != Tone::Neutral) {
        sheet = ThemeColors::textStyleSheet(static_cast<Tone>(tone.toInt()), palette);
    }
    if (widget->styleSheet() != sheet) {
        widget->setStyleSheet(sheet);
    }
}

void setToneProperty(QWidget* widget, int tone)
{
    const bool followed = widget->property(kToneProperty).isValid();
    widget->setProperty(kToneProperty, tone);
    if (followed) {
        applyTextTone(widget);
    } else {
        ThemeColors::follow(widget, [widget] { applyTextTone(widget); });
    }
}

constexpr char kPanelProperty[] = "rebindPanelTone";
constexpr char kBorderProperty[] = "rebindPanelBorder";
constexpr char kRadiusProperty[] = "rebindPanelRadius";

void applyPanelTone(QWidget* frame)
{
    const QString sheet = ThemeColors::panelStyleSheet(
        frame->objectName(), static_cast<Tone>(frame->property(kPanelProperty).toInt()),
        QApplication::palette(frame), frame->property(kBorderProperty).toInt(),
        frame->property(kRadiusProperty).toInt());
    if (frame->styleSheet() != sheet) {
        frame->setStyleSheet(sheet);
    }
}

} // namespace

void ThemeColors::setPanelTone(QWidget* frame, Tone tone, int borderWidth, int radius)
{
    Q_ASSERT(!frame->objectName().isEmpty());
    const bool followed = frame->property(kPanelProperty).isValid();
    frame->setProperty(kPanelProperty, static_cast<int>(tone));
    frame->setProperty(kBorderProperty, borderWidth);
    frame->setProperty(kRadiusProperty, radius);
    if (followed) {
        applyPanelTone(frame);
    } else {
        follow(frame, [frame] { applyPanelTone(frame); });
    }
}

void ThemeColors::setTextTone(QWidget* widget, Tone tone)
{
    setToneProperty(widget, static_cast<int>(tone));
}

void ThemeColors::setQuietText(QWidget* widget)
{
    setToneProperty(widget, kQuiet);
}

double ThemeColors::luminance(const QColor& color)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double ThemeColors::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool ThemeColors::isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) <
           luminance(palette.color(QPalette::WindowText));
}

QColor ThemeColors::readable(const QColor& wanted, const QList<QColor>& backgrounds, double minimum)
{
    const auto worst = [&backgrounds](const QColor& color) {
        double lowest = 21.0;
        for (const QColor& background : backgrounds) {
            lowest = std::min(lowest, contrast(color, background));
        }
        return lowest;
    };
    const double target = minimum + kMargin;
    QColor color = wanted.toRgb();
    if (backgrounds.isEmpty() || worst(color) >= target) {
        return color;
    }
    // Towards whichever end the backgrounds leave more room at.
    double mean = 0.0;
    for (const QColor& background : backgrounds) {
        mean += luminance(background);
    }
    mean /= static_cast<double>(backgrounds.size());
    const bool darken = (mean + 0.05) / 0.05 > 1.05 / (mean + 0.05);
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    color.getHslF(&hue, &saturation, &lightness);
    for (int step = 0; step < 100 && worst(color) < target; ++step) {
        lightness = std::clamp(lightness + (darken ? -0.02F : 0.02F), 0.0F, 1.0F);
        color = QColor::fromHslF(hue, saturation, lightness).toRgb();
        // Rounded to what a style sheet can say.
        color = QColor(color.red(), color.green(), color.blue());
    }
    return color;
}

QColor ThemeColors::text(Tone tone, const QPalette& palette)
{
    if (tone == Tone::Neutral) {
        return readable(palette.color(QPalette::WindowText), textBackgrounds(palette));
    }
    return readable(accent(tone, isDark(palette)), textBackgrounds(palette));
}

QColor ThemeColors::quietText(const QPalette& palette)
{
    const QColor strong = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Window);
    // A third of the way to the background at most: softer, still well readable.
    for (double t = 0.35; t > 0.0; t -= 0.05) {
        const QColor soft = mix(strong, background, t);
        const QList<QColor> backgrounds = textBackgrounds(palette);
        bool fine = true;
        for (const QColor& b : backgrounds) {
            fine = fine && contrast(soft, b) >= kMinimumContrast + kMargin;
        }
        if (fine) {
            return soft;
        }
    }
    return readable(strong, textBackgrounds(palette));
}

QColor ThemeColors::panelBackground(Tone tone, const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    if (!isDark(palette)) {
        // The pale tints the app always used; on a light palette they sit well on any window.
        switch (tone) {
        case Tone::Info:
            return QColor(0xe8, 0xf0, 0xfb);
        case Tone::Good:
            return QColor(0xe3, 0xf4, 0xe3);
        case Tone::Caution:
            return QColor(0xff, 0xf4, 0xd6);
        case Tone::Danger:
            return QColor(0xfb, 0xe1, 0xe1);
        case Tone::Neutral:
            return mix(window, palette.color(QPalette::Base), 0.5);
        }
    }
    if (tone == Tone::Neutral) {
        return mix(window, palette.color(QPalette::WindowText), 0.06);
    }
    // A dark tint of the tone's hue: a banner still stands out, and light text reads on it.
    return mix(window, accent(tone, true), 0.16);
}

QColor ThemeColors::panelBorder(Tone tone, const QPalette& palette)
{
    const QColor fill = panelBackground(tone, palette);
    if (tone == Tone::Neutral) {
        return mix(fill, palette.color(QPalette::WindowText), 0.3);
    }
    return mix(fill, accent(tone, isDark(palette)), 0.6);
}

QColor ThemeColors::panelText(Tone tone, const QPalette& palette)
{
    const QColor plain = palette.color(QPalette::WindowText);
    // Tinted towards the tone, as a printed warning would be, and still readable on the fill.
    const QColor wanted =
        tone == Tone::Neutral ? plain : mix(plain, accent(tone, isDark(palette)), 0.5);
    return readable(wanted, {panelBackground(tone, palette)});
}

QColor ThemeColors::textOnPanel(Tone tone, Tone panelTone, const QPalette& palette)
{
    return readable(text(tone, palette), {panelBackground(panelTone, palette)});
}

QString ThemeColors::panelRules(Tone tone, const QPalette& palette, int borderWidth, int radius,
                                const QString& padding)
{
    return QStringLiteral("background: %1; color: %2; border: %3px solid %4; border-radius: %5px; "
                          "padding: %6;")
        .arg(panelBackground(tone, palette).name(), panelText(tone, palette).name())
        .arg(borderWidth)
        .arg(panelBorder(tone, palette).name())
        .arg(radius)
        .arg(padding);
}

QString ThemeColors::panelStyleSheet(const QString& objectName, Tone tone, const QPalette& palette,
                                     int borderWidth, int radius)
{
    return QStringLiteral("#%1 { background: %2; border: %3px solid %4; border-radius: %5px; } "
                          "#%1 QLabel { color: %6; }")
        .arg(objectName, panelBackground(tone, palette).name())
        .arg(borderWidth)
        .arg(panelBorder(tone, palette).name())
        .arg(radius)
        .arg(panelText(tone, palette).name());
}

QString ThemeColors::textStyleSheet(Tone tone, const QPalette& palette)
{
    return QStringLiteral("color: %1;").arg(text(tone, palette).name());
}

void ThemeColors::follow(QWidget* widget, const std::function<void()>& apply)
{
    apply();
    PaletteWatcher::instance().add(widget, apply);
}

} // namespace rebind
