// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;
class QFont;
class QWidget;

namespace rebind {

// Fonts and spacing for people who read small print with difficulty: every window is built on
// a base font of at least kBasePointSize.
class Appearance
{
public:
    static constexpr int kBasePointSize = 12;

    // Base font (at least kBasePointSize) times the large-text scale saved in AppSettings.
    // Colours stay the system's palette (light or dark, and changes of it are followed); only a
    // placeholder or selection pair under 4.5:1 contrast is made readable (ThemeColors).
    static void apply(QApplication& app);
    // Large-text mode, 1.0–2.0: applies at once to every widget that uses the application
    // font; windows opened afterwards are built at the new size throughout.
    static void setTextScale(double scale);
    static double textScale();
    // Keeps a dialog tall enough for its word-wrapped text: Qt sizes windows from the layouts'
    // minimum sizes, which ignore height-for-width, and caps a new window at two thirds of the
    // screen. This grows window to its contents' height (within the screen) whenever its
    // layout changes, so that nothing is clipped in either language.
    static void keepFitted(QWidget* window);
    // A font derived from the application font, scaled by factor (1.5 = half again as large).
    static QFont scaledFont(double factor, bool bold = false);
    // Gives widget that font and keeps it relative: a later setTextScale() scales it too.
    static void setScaledFont(QWidget* widget, double factor, bool bold = false);
    // Side of check box and radio button indicators in pixels: grows with the text scale.
    static int indicatorSize();
};

} // namespace rebind
