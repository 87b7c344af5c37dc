// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCodeText.h"

#include "TextTable.h"

namespace rebind::cli {

QList<ExitCode> ExitCodeText::all()
{
    return {ExitCode::Success, ExitCode::Usage,         ExitCode::VaultUnavailable,
            ExitCode::Blocked, ExitCode::AlreadyExists, ExitCode::NoPassphrase,
            ExitCode::Failed,  ExitCode::NotFound,      ExitCode::InUse};
}

QString ExitCodeText::meaning(ExitCode code)
{
    switch (code) {
    case ExitCode::Success:
        return tr("success");
    case ExitCode::Usage:
        return tr("usage error: an unknown command or option, a missing argument, an invalid "
                  "value");
    case ExitCode::VaultUnavailable:
        return tr("the vault cannot be opened: wrong passphrase, damaged, missing, not a vault");
    case ExitCode::Blocked:
        return tr("status: not yet safe to cancel (also while no services are listed), or "
                  "cancelled with items still open");
    case ExitCode::AlreadyExists:
        return tr("already exists: the vault file, person, number or service");
    case ExitCode::NoPassphrase:
        return tr("no usable new passphrase: none given, empty, or the two entries differ");
    case ExitCode::Failed:
        return tr("any other failure (the folder or disk refuses to be written, a file too "
                  "large, …)");
    case ExitCode::NotFound:
        return tr("the person, number, service or backup named is not in the vault (or the "
                  "catalog)");
    case ExitCode::InUse:
        return tr("the vault is in use by another program: close Rebind there or lock it "
                  "(Ctrl+L)");
    }
    return {};
}

QString ExitCodeText::help(int width)
{
    // "  3  status: …", continuation lines under the meaning.
    constexpr int kIndent = 5;
    const QString indent(kIndent, QLatin1Char(' '));
    QString text = tr("Exit status, the same for every command:") + QLatin1Char('\n');
    for (const ExitCode code : all()) {
        const QString wrapped = TextTable::wrap(meaning(code), width - kIndent);
        QStringList lines = wrapped.split(QLatin1Char('\n'));
        text += QStringLiteral("  %1  ").arg(static_cast<int>(code)) + lines.takeFirst() +
                QLatin1Char('\n');
        for (const QString& line : std::as_const(lines)) {
            text += indent + line + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace rebind::cli
