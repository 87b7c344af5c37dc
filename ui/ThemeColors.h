// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tone.h"

#include <functional>
#include <QColor>
#include <QPalette>

class QWidget;

namespace rebind {

// Colours that carry a meaning (an error in red, a valid number in green, a caution banner)
// derived from the current palette instead of written in: the system's light or dark theme
// decides the background, and these pick the tone's light or dark variant for it and then
// darken or lighten it until it reaches WCAG's 4.5:1 contrast (kMinimumContrast) against
// every background it may be drawn on (Window, Base and AlternateBase).
class ThemeColors
{
public:
    static constexpr double kMinimumContrast = 4.5;

    // WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
    static double luminance(const QColor& color);
    static double contrast(const QColor& a, const QColor& b);
    // A dark theme: the window background is darker than its text.
    static bool isDark(const QPalette& palette);

    // Text of tone on the palette's Window, Base and AlternateBase; Neutral is WindowText.
    static QColor text(Tone tone, const QPalette& palette);
    // Secondary text (hints, "last checked …"): between WindowText and Window, but no nearer
    // the background than the minimum contrast allows.
    static QColor quietText(const QPalette& palette);
    // A banner or card of tone: its fill, its border, and text that reads on the fill.
    static QColor panelBackground(Tone tone, const QPalette& palette);
    static QColor panelBorder(Tone tone, const QPalette& palette);
    static QColor panelText(Tone tone, const QPalette& palette);
    // Text of tone on a panel of panelTone (a red date on a card).
    static QColor textOnPanel(Tone tone, Tone panelTone, const QPalette& palette);
    // A style sheet for a frame named objectName filled as a panel of tone, its labels in
    // panelText (the rule names the object so that it is not inherited by child frames).
    static QString panelStyleSheet(const QString& objectName, Tone tone, const QPalette& palette,
                                   int borderWidth = 1, int radius = 6);
    // The same as rules for a widget's own style sheet (a label styled as a panel), padding in
    // pixels.
    static QString panelRules(Tone tone, const QPalette& palette, int borderWidth, int radius,
                              const QString& padding);
    // A style sheet that sets only the text colour to text(tone).
    static QString textStyleSheet(Tone tone, const QPalette& palette);
    // wanted, darkened or lightened (hue kept) until it has at least minimum contrast against
    // every colour in backgrounds.
    static QColor readable(const QColor& wanted, const QList<QColor>& backgrounds,
                           double minimum = kMinimumContrast);

    // Gives widget's text the colour of tone (Neutral: the palette's own again), kept right
    // when the system's palette changes. setQuietText: quietText().
    static void setTextTone(QWidget* widget, Tone tone);
    static void setQuietText(QWidget* widget);
    // Fills frame (which has an object name) as a panel of tone, kept right likewise.
    static void setPanelTone(QWidget* frame, Tone tone, int borderWidth = 1, int radius = 6);

    // Calls apply now and again whenever the application's palette changes (the system
    // switched between light and dark), for as long as widget lives.
    static void follow(QWidget* widget, const std::function<void()>& apply);
};

} // namespace rebind
