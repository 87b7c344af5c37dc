// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QByteArrayView>
#include <QString>

namespace rebind {

// One boolean at the top level of an Apple property list, e.g. IsEncrypted in an iPhone
// backup's Manifest.plist. Both encodings are read:
//
//   XML     <plist><dict> … <key>IsEncrypted</key><true/> … </dict></plist>
//   binary  "bplist00", objects, an offset table, and a 32-byte trailer: 6 unused bytes, the
//           width of an offset, the width of an object reference, then (big-endian, 8 bytes
//           each) the number of objects, the top object and where the offset table starts.
//           Markers: 0x08 false, 0x09 true, 0x1n integer of 2^n bytes, 0x5n ASCII string,
//           0x6n UTF-16BE string, 0xDn dictionary (n key references, then n value
//           references); a count of 15 (0xF) is followed by an integer object with the count.
//
// Only the top dictionary is looked at; every offset is checked against the data, so a cut or
// damaged file gives nullopt.
class PlistBoolean
{
public:
    // The value of key when the top object is a dictionary holding key with a boolean value.
    static std::optional<bool> find(QByteArrayView plist, const QString& key);
};

} // namespace rebind
