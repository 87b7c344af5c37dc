// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftKeeper.h"

#include "BindingDialog.h"
#include "ChecklistDialog.h"
#include "ChecklistModel.h"
#include "MainWindow.h"
#include "NumberDialog.h"
#include "PersonDialog.h"
#include "SecureBytes.h"

#include <QBuffer>
#include <QDataStream>
#include <QPointer>
#include <sodium.h>

namespace rebind {

namespace {

constexpr qint32 kFormatVersion = 1;
// Fixed and unique to this use, so the derived key is good for nothing else.
constexpr char kContext[] = "Rebind draft kept while locked, v1";

bool deriveKey(const SecureBytes& vaultKey, SecureBytes& out)
{
    if (vaultKey.size() < crypto_generichash_KEYBYTES_MIN ||
        vaultKey.size() > crypto_generichash_KEYBYTES_MAX) {
        return false;
    }
    out = SecureBytes(crypto_secretbox_KEYBYTES);
    return crypto_generichash(out.data(), out.size(),
                              reinterpret_cast<const unsigned char*>(kContext),
                              sizeof(kContext) - 1, vaultKey.data(), vaultKey.size()) == 0;
}

QList<FormDialog*> changedForms(QWidget* root)
{
    QList<FormDialog*> forms;
    const auto all = root->findChildren<FormDialog*>();
    for (FormDialog* form : all) {
        if (form->isVisible() && form->hasChanges()) {
            forms.append(form);
        }
    }
    return forms;
}

} // namespace

int DraftKeeper::keep(QWidget* root, const SecureBytes& vaultKey)
{
    discard();
    QList<Draft> drafts;
    const auto forms = changedForms(root);
    for (FormDialog* form : forms) {
        const FormDialog::Subject subject = form->subject();
        if (!subject.kind.isEmpty()) {
            drafts.append({subject, form->fieldValues()});
        }
    }
    SecureBytes key;
    if (drafts.isEmpty() || !deriveKey(vaultKey, key)) {
        return 0;
    }
    const auto kept = static_cast<int>(drafts.size());

    QByteArray plain;
    // Room up front: every reallocation while writing would leave a copy behind.
    plain.reserve(64 * 1024);
    {
        QBuffer buffer(&plain);
        buffer.open(QIODevice::WriteOnly);
        QDataStream out(&buffer);
        out.setVersion(QDataStream::Qt_6_4);
        out << kFormatVersion << static_cast<qint32>(drafts.size());
        for (const Draft& draft : std::as_const(drafts)) {
            out << draft.subject.kind << draft.subject.id << draft.subject.numberId << draft.fields;
        }
    }
    drafts.clear();

    m_nonce = QByteArray(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(m_nonce.data(), static_cast<std::size_t>(m_nonce.size()));
    m_sealed = QByteArray(plain.size() + static_cast<qsizetype>(crypto_secretbox_MACBYTES),
                          Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(m_sealed.data()),
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()),
                          reinterpret_cast<const unsigned char*>(m_nonce.constData()), key.data());
    plain.resize(plain.capacity());
    wipe(plain);
    return kept;
}

QList<DraftKeeper::Draft> DraftKeeper::take(const SecureBytes& vaultKey)
{
    QList<Draft> drafts;
    if (m_sealed.size() < static_cast<qsizetype>(crypto_secretbox_MACBYTES)) {
        discard();
        return drafts;
    }
    SecureBytes key;
    if (!deriveKey(vaultKey, key)) {
        discard();
        return drafts;
    }
    QByteArray plain(m_sealed.size() - static_cast<qsizetype>(crypto_secretbox_MACBYTES),
                     Qt::Uninitialized);
    const bool opened =
        crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   reinterpret_cast<const unsigned char*>(m_sealed.constData()),
                                   static_cast<unsigned long long>(m_sealed.size()),
                                   reinterpret_cast<const unsigned char*>(m_nonce.constData()),
                                   key.data()) == 0;
    discard();
    if (!opened) {
        wipe(plain);
        return drafts;
    }
    {
        QDataStream in(plain);
        in.setVersion(QDataStream::Qt_6_4);
        qint32 version = 0;
        qint32 count = 0;
        in >> version >> count;
        for (qint32 i = 0; version == kFormatVersion && i < count; ++i) {
            Draft draft;
            in >> draft.subject.kind >> draft.subject.id >> draft.subject.numberId >> draft.fields;
            if (in.status() != QDataStream::Ok) {
                break;
            }
            drafts.append(draft);
        }
    }
    wipe(plain);
    return drafts;
}

void DraftKeeper::discard()
{
    wipe(m_sealed);
    m_nonce.clear();
}

QList<FormDialog*> DraftKeeper::reopen(MainWindow& window, const QList<Draft>& drafts)
{
    QList<FormDialog*> reopened;
    for (const Draft& draft : drafts) {
        const FormDialog::Subject& subject = draft.subject;
        FormDialog* form = nullptr;
        if (subject.kind == QLatin1String("person")) {
            form = subject.id != 0 ? window.editPerson(subject.id)
                                   : static_cast<FormDialog*>(window.addPerson());
        } else if (subject.kind == QLatin1String("number")) {
            form = subject.id != 0 ? window.editNumber(subject.id)
                                   : static_cast<FormDialog*>(window.addNumber());
        } else if (subject.kind == QLatin1String("binding")) {
            if (subject.id != 0) {
                form = window.editBinding(subject.id);
            } else {
                window.selectNumber(subject.numberId);
                form = window.addBinding();
            }
        }
        if (form == nullptr) {
            continue; // the record is gone (deleted elsewhere while locked)
        }
        form->setFieldValues(draft.fields);
        form->showNote(tr("Your unsaved changes were kept while Rebind was locked."));
        reopened.append(form);
    }
    return reopened;
}

QStringList DraftKeeper::unkeptChanges(QWidget* root)
{
    QStringList titles;
    const auto forms = changedForms(root);
    for (FormDialog* form : forms) {
        if (form->subject().kind.isEmpty()) {
            titles.append(form->windowTitle());
        }
    }
    // Services ticked in the checklist but not added yet.
    const auto checklists = root->findChildren<ChecklistDialog*>();
    for (ChecklistDialog* checklist : checklists) {
        if (checklist->isVisible() && !checklist->model()->tickedIds().isEmpty()) {
            titles.append(checklist->windowTitle());
        }
    }
    return titles;
}

} // namespace rebind
