// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include "AppController.h"
#include "Catalog.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "UnlockDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace rebind::test {

Result<void> MemoryKeyStore::probe()
{
    if (!available) {
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("test keychain is off"));
    }
    return {};
}

Result<void> MemoryKeyStore::store(const QString& vaultId, const SecureBytes& key)
{
    if (!available) {
        return makeError(ErrorCode::KeychainUnavailable, QStringLiteral("test keychain is off"));
    }
    entries.insert(vaultId, QByteArray(key.chars(), static_cast<qsizetype>(key.size())));
    return {};
}

Result<SecureBytes> MemoryKeyStore::load(const QString& vaultId)
{
    if (!entries.contains(vaultId)) {
        return makeError(ErrorCode::NotFound, QStringLiteral("nothing remembered"));
    }
    QByteArray copy = entries.value(vaultId);
    return SecureBytes::takeFrom(copy);
}

Result<void> MemoryKeyStore::remove(const QString& vaultId)
{
    entries.remove(vaultId);
    return {};
}

namespace {
void collectModel(const QAbstractItemModel* model, const QModelIndex& parent, QStringList& out)
{
    if (model == nullptr) {
        return;
    }
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            out << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
            collectModel(model, index, out);
        }
    }
}
} // namespace

QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        out << widget->windowTitle() << widget->toolTip() << widget->statusTip()
            << widget->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            out << label->text();
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            out << edit->text() << edit->placeholderText();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            out << button->text();
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            out << combo->currentText();
            for (int i = 0; i < combo->count(); ++i) {
                out << combo->itemText(i);
            }
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
            out << text->toPlainText();
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            collectModel(view->model(), QModelIndex(), out);
        } else if (auto* status = qobject_cast<QStatusBar*>(widget)) {
            out << status->currentMessage();
        }
    }
    out.removeAll(QString());
    return out;
}

void clickCheckBox(QAbstractButton* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

namespace {
QtMessageHandler g_previous = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support"))) {
        return;
    }
    g_previous(type, context, message);
}
} // namespace

void quietPlatformWarnings()
{
    g_previous = qInstallMessageHandler(quietHandler);
}

bool unlockWithPassphrase(AppController& controller, const QString& passphrase)
{
    UnlockDialog* dialog = controller.unlockDialog();
    if (dialog == nullptr || !dialog->isVisible()) {
        return false;
    }
    QTest::keyClicks(dialog->passphraseEdit(), passphrase);
    QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
    if (!controller.isUnlocked()) {
        return false;
    }
    controller.mainWindow()->activateWindow();
    return QTest::qWaitForWindowActive(controller.mainWindow());
}

void resetStandardLocations()
{
    if (!QStandardPaths::isTestModeEnabled()) {
        qFatal("resetStandardLocations() refuses to run outside QStandardPaths' test mode");
    }
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
}

std::unique_ptr<AppSession> openAppSession(KeyStore& keys, const QString& vaultPath,
                                           const QString& passphrase)
{
    auto session = std::make_unique<AppSession>(keys);
    session->controller.setVaultPath(vaultPath);
    session->controller.start();
    if (!unlockWithPassphrase(session->controller, passphrase)) {
        return nullptr;
    }
    return session;
}

MothersNumber addMothersNumber(Inventory& inventory, int cancelInDays, const QString& carrier)
{
    MothersNumber s;
    Person person;
    person.name = QStringLiteral("Wang Fang");
    person.relation = QStringLiteral("mother");
    s.personId = *inventory.addPerson(person);
    NumberRecord number;
    number.personId = s.personId;
    number.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
    number.replacement = *PhoneNumber::parse(QStringLiteral("13800138000"));
    number.status = NumberStatus::Cancelling;
    number.cancelDate = QDate::currentDate().addDays(cancelInDays);
    number.carrier = carrier;
    s.numberId = *inventory.addNumber(number);
    for (const QString& id : {QStringLiteral("wechat"), QStringLiteral("alipay")}) {
        Service wanted;
        wanted.catalogId = id;
        wanted.name = Catalog::builtIn().find(id)->name(QStringLiteral("en"));
        Binding binding;
        binding.numberId = s.numberId;
        binding.serviceId = inventory.ensureService(wanted)->id;
        binding.roles = BindingRole::Login;
        s.bindings.insert(id, *inventory.addBinding(binding));
    }
    return s;
}

QPalette darkPalette()
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QColor& color) {
        p.setColor(QPalette::Active, role, color);
        p.setColor(QPalette::Inactive, role, color);
    };
    set(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    set(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    set(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    set(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    set(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    set(QPalette::Button, QColor(0x35, 0x35, 0x35));
    set(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    set(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    set(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    set(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    set(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    set(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    set(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    set(QPalette::Highlight, QColor(0x1d, 0x5a, 0x9e));
    set(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    set(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    set(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    set(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    set(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    // As Qt's own palettes: the text colour at half opacity (Appearance makes it readable).
    QColor placeholder(0xe0, 0xe0, 0xe0);
    placeholder.setAlpha(128);
    set(QPalette::PlaceholderText, placeholder);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    }
    for (const QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::Light, QPalette::Mid,
          QPalette::Dark, QPalette::Shadow, QPalette::Midlight, QPalette::AlternateBase}) {
        p.setColor(QPalette::Disabled, role, p.color(QPalette::Active, role));
    }
    return p;
}

} // namespace rebind::test
