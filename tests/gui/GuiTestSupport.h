// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppController.h"
#include "KdfParams.h"
#include "KeyStore.h"
#include "UiContext.h"

#include <memory>
#include <QApplication>
#include <QHash>
#include <QPalette>
#include <QStringList>
#include <QTest>
#include <QWidget>

class QAbstractButton;

namespace rebind {
class Inventory;
} // namespace rebind

namespace rebind::test {

// A keychain that lives in this process, for the controller's remember/forget logic without
// D-Bus. (The real Secret Service is exercised by tst_gui_keyring.)
class MemoryKeyStore : public KeyStore
{
public:
    bool available = true;
    QHash<QString, QByteArray> entries;

    Result<void> probe() override;
    Result<void> store(const QString& vaultId, const SecureBytes& key) override;
    Result<SecureBytes> load(const QString& vaultId) override;
    Result<void> remove(const QString& vaultId) override;
};

// The cheapest key derivation Rebind accepts, so that tests do not spend half a second per key.
inline KdfParams fastKdf()
{
    return KdfParams::interactive();
}

// Every piece of text a person could read in root and its children: labels, fields, buttons,
// combo boxes, window titles, tool tips, the status bar, and every cell of every item view.
QStringList visibleTexts(QWidget* root);

// The first visible child of parent of type T, waiting up to timeoutMs for it to appear.
template <typename T> T* waitForChild(QWidget* parent, int timeoutMs = 3000)
{
    for (int waited = 0; waited <= timeoutMs; waited += 20) {
        const auto children = parent->findChildren<T*>();
        for (T* child : children) {
            if (child->isVisible()) {
                return child;
            }
        }
        QTest::qWait(20);
    }
    return nullptr;
}

// Clicks a check box on its indicator (its middle may be empty space when the layout stretches it).
void clickCheckBox(QAbstractButton* box);

// Drops the offscreen platform's "This plugin does not support …" chatter from the test log.
void quietPlatformWarnings();

// Types the passphrase into the controller's unlock dialog and presses Unlock, as a person
// would; true when the vault opened and its main window became the active window.
bool unlockWithPassphrase(AppController& controller, const QString& passphrase);

// The app as main.cpp builds it: a context on a keychain, and the controller on it.
struct AppSession
{
    explicit AppSession(KeyStore& keys) : context(keys, fastKdf), controller(context) {}
    UiContext context;
    AppController controller;
};
// The app started on the vault file and unlocked with the passphrase; null when unlocking failed.
std::unique_ptr<AppSession> openAppSession(KeyStore& keys, const QString& vaultPath,
                                           const QString& passphrase);

// A dark theme as KDE's Breeze Dark and Fusion's dark variants have it: grey window (#2b2b2b),
// darker fields (#1e1e1e), light grey text (#e0e0e0), a blue selection, light blue links, and
// placeholder text at half opacity as in Qt's own palettes.
QPalette darkPalette();

// Removes the test-mode settings file and data folder of QStandardPaths.
void resetStandardLocations();

// Wang Fang, a mother, and her number 139 1234 5678 being cancelled in cancelInDays days for
// 138 0013 8000, with WeChat and Alipay (both need the old number) listed on it for login.
struct MothersNumber
{
    qint64 personId = 0;
    qint64 numberId = 0;
    QHash<QString, qint64> bindings; // catalog id → binding id
};
MothersNumber addMothersNumber(Inventory& inventory, int cancelInDays,
                               const QString& carrier = QString());

} // namespace rebind::test
