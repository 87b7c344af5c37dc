// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace rebind {

class Catalog;

// The catalog as loaded from its JSON files (entries with redirects applied and companies linked,
// and the authoring problems found), in a compact binary form: every distinct text once, as
// UTF-16, and the entries as references into that table. tools/catalog/make_catalog_index writes
// it at build time with the same CatalogReader, and Catalog::builtIn() reads it instead of parsing
// and checking thousands of JSON objects at every start.
//
// Reading is mostly the memory it fills: on a virtual machine each fresh page of the heap costs
// more than the work done on it. So the built-in catalog's texts are not copied at all but point
// into the index compiled into the program (QString::fromRawData), and the numbers are read with a
// plain cursor rather than QDataStream, whose device call per value would double the time.
class CatalogIndex
{
public:
    enum class Strings
    {
        Copied,
        // The catalog's texts point into data, which must outlive every copy of them: only for
        // data that lives as long as the program, such as an uncompressed Qt resource.
        InPlace
    };

    static QByteArray write(const Catalog& catalog);
    // A damaged or outdated index gives an empty catalog whose problems() say so.
    static Catalog read(const QByteArray& data, Strings strings = Strings::Copied);
};

} // namespace rebind
