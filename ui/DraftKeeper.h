// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormDialog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantMap>

class QWidget;

namespace rebind {

class MainWindow;
class SecureBytes;

// Keeps the edits in progress when the vault locks, so that nothing typed is lost, without
// keeping them readable: the changed forms' values are serialised and sealed with libsodium's
// crypto_secretbox (XSalsa20-Poly1305) under a key derived from the vault key (keyed BLAKE2b
// with a fixed context), and the plaintext buffer is wiped. While locked only the nonce and
// ciphertext are held. Unlocking the same vault with the same key opens them again; another
// key (another vault, a changed passphrase) fails authentication and they are dropped, as they
// are when the application quits.
class DraftKeeper
{
    Q_DECLARE_TR_FUNCTIONS(DraftKeeper)

public:
    struct Draft
    {
        FormDialog::Subject subject;
        QVariantMap fields;
    };

    // Seals the forms below root that have changes and a subject, replacing what was kept;
    // returns how many were kept.
    int keep(QWidget* root, const SecureBytes& vaultKey);
    // Opens what was kept and forgets it either way: empty when nothing was kept or the key
    // does not open it.
    QList<Draft> take(const SecureBytes& vaultKey);
    // Puts the drafts back into the window's forms, each with a note saying it was kept;
    // returns the forms (a record deleted meanwhile has none).
    static QList<FormDialog*> reopen(MainWindow& window, const QList<Draft>& drafts);
    void discard();
    bool isEmpty() const { return m_sealed.isEmpty(); }
    // Everything held while locked: the nonce, then the ciphertext.
    QByteArray heldBytes() const { return m_nonce + m_sealed; }

    // The titles of open dialogs below root with changes no draft can keep: forms without a
    // subject (a service's own steps) and services ticked in the checklist but not added.
    static QStringList unkeptChanges(QWidget* root);

private:
    QByteArray m_nonce;
    QByteArray m_sealed;
};

} // namespace rebind
