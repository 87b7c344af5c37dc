// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Anchors the static library that carries the compiled translations as a Qt resource.
