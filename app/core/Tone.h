// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rebind {

// What a piece of status text or a banner means, without saying how it looks: the GUI turns a
// tone into colours that read well on the system's palette, light or dark (ThemeColors).
enum class Tone
{
    Neutral,
    Info,    // something to know: a received number, a plan being watched
    Good,    // done, safe, valid
    Caution, // needs attention but nothing is lost: unverified, edited, read-only
    Danger,  // errors, overdue dates, a number gone with work left
};

} // namespace rebind
