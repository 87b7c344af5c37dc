// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rebind {

// A service a number can be tied to. Catalog services carry the catalog's stable id
// (wechat, alipay, …) and the vault keeps only a cached name; custom services have an
// empty catalogId and are described entirely by the user.
struct Service
{
    qint64 id = 0;
    QString uid;
    QString catalogId;
    QString name;
    QString category = QStringLiteral("other"); // a Vocabulary category key
    QString url;

    bool isCustom() const { return catalogId.isEmpty(); }
    // How front ends name the service unambiguously: the catalog id, or custom:<uid>.
    QString key() const { return isCustom() ? QStringLiteral("custom:") + uid : catalogId; }
};

} // namespace rebind
