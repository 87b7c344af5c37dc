// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets: every message a reader hands on also goes through the matcher,
// so the matching code is fuzzed with the readers' output too.

#include "Catalog.h"
#include "DiscoveryCollector.h"
#include "ServiceIndex.h"

#include <QBuffer>
#include <QByteArray>

namespace rebind::fuzz {

inline DiscoveryCollector& collector()
{
    static const ServiceIndex index(Catalog::builtIn());
    static DiscoveryCollector instance(index);
    return instance;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace rebind::fuzz
