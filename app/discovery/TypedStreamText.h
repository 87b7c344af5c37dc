// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QByteArrayView>
#include <QString>

namespace rebind {

// The text of an NSAttributedString archived in Apple's "typedstream" format, which is how
// sms.db's message.attributedBody holds a message (newer iOS leaves message.text NULL for some).
//
// The format (NeXTSTEP's NXTypedStream, written by NSArchiver), little-endian variant:
//
//   header     04 0B "streamtyped" <system version: integer, 1000>
//   integer    one byte -128…127 outside the tags below is its own value (unsigned: the byte);
//              81 + 2 bytes, 82 + 4 bytes (little-endian)
//   tags       84 new (a literal string, class or object follows), 85 nil, 86 end of object;
//              80…91 are all reserved for tags
//   references 92 and up (or a longer integer): number − (−110) indexes what was read before.
//              Shared strings (type encodings, class names) are numbered on their own; objects
//              and classes share one numbering, in the order they begin
//   string     a "shared" string: 84 <length> <bytes>, or a reference; "+" values are unshared
//              strings: <length> <bytes> (85: nil)
//   class      84 <shared string name> <integer version>, then its superclass the same way,
//              until 85 (a root class) or a reference to a class read before
//   object     84 <class> <typed values>… 86
//   values     <shared string: type encoding> <values>; "@" is an object
//
// An attributed string starts as: "@", an object of class NSAttributedString (or a subclass,
// e.g. NSMutableAttributedString), whose first value is "@", an object of class NSString (or
// NSMutableString), whose value is "+", the text as UTF-8. The attribute runs that follow are
// not needed and not read.
//
// Every read is checked against the blob's end; nothing past it is ever touched, and a blob
// that is cut short, damaged or of another shape gives nullopt rather than a guess.
class TypedStreamText
{
public:
    // The text (possibly empty), or nullopt when blob is not a readable archived
    // NSAttributedString or its text is not valid UTF-8.
    static std::optional<QString> text(QByteArrayView blob);
};

} // namespace rebind
