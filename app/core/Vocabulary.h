// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "NewOwnerCheck.h"
#include "NumberRecord.h"

#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace rebind {

// The stored keys of every domain enumeration and their translated labels. Keys are what the
// vault, the CLI and exports use; labels are what people read.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QStringList relationKeys();
    // A preset's translated name, or the user's own word unchanged.
    static QString relationLabel(const QString& relation);

    static QString key(NumberStatus status);
    static QString label(NumberStatus status);
    static std::optional<NumberStatus> numberStatusFromKey(const QString& key);
    static QList<NumberStatus> numberStatuses();

    static QString key(BindingRole role);
    static QString label(BindingRole role);
    static std::optional<BindingRole> roleFromKey(const QString& key);
    static QList<BindingRole> roles();
    static QStringList roleKeys(BindingRoles roles);
    static QString roleLabels(BindingRoles roles);

    static QString key(BindingAction action);
    static QString label(BindingAction action);
    static std::optional<BindingAction> actionFromKey(const QString& key);
    static QList<BindingAction> actions();

    static QString key(BindingStatus status);
    static QString label(BindingStatus status);
    static std::optional<BindingStatus> statusFromKey(const QString& key);
    static QList<BindingStatus> statuses();

    static QString key(NewOwnerResult result);
    static QString label(NewOwnerResult result);
    static std::optional<NewOwnerResult> newOwnerResultFromKey(const QString& key);
    static QList<NewOwnerResult> newOwnerResults();

    static QStringList categoryKeys();
    static QString categoryLabel(const QString& category);
};

} // namespace rebind
