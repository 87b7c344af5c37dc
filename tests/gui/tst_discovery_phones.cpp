// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The discovery dialog with what Android phones sold in China export: it names the formats it
// reads and the route for the closed ones, finds the services in a .vmsg file, and explains a
// Xiaomi backup instead of failing with "cannot read".

#include "Appearance.h"
#include "AppSettings.h"
#include "DiscoveryDialog.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "NumberRecord.h"
#include "ServiceText.h"
#include "Translator.h"

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace rebind;
using namespace rebind::test;

namespace {

QStringList topLevelNames(QTreeWidget* tree)
{
    QStringList names;
    for (QTreeWidgetItemIterator it(tree); *it != nullptr; ++it) {
        if ((*it)->parent() != nullptr) {
            names.append((*it)->text(0));
        }
    }
    return names;
}

} // namespace

class TestDiscoveryPhones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        MessageBox::setUnattended(true);
        ServiceText::setLanguage(QStringLiteral("en"));
        Translator::install(QStringLiteral("en"));
    }

    void namesFormatsScansVmsgAndExplainsXiaomi()
    {
        NumberRecord number;
        number.number = *PhoneNumber::parse(QStringLiteral("13800138000"));
        DiscoveryDialog dialog(nullptr, number);
        dialog.show();

        // The routes for phones whose own backups are closed.
        const auto* help = dialog.findChild<QLabel*>(QStringLiteral("discoveryPhoneHelp"));
        QVERIFY(help != nullptr);
        QVERIFY(help->isVisible());
        for (const char* words : {"Xiaomi", "Huawei", ".vmsg", "SMS Backup & Restore"}) {
            QVERIFY2(help->text().contains(QLatin1String(words)), qPrintable(help->text()));
        }

        dialog.scan(QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-export.vmsg"));
        QTRY_VERIFY(!dialog.isScanning());
        const QString status = dialog.statusLabel()->text();
        QVERIFY2(status.contains(QLatin1String("8 messages read")), qPrintable(status));
        const QStringList found = topLevelNames(dialog.results());
        for (const QString& service :
             {QStringLiteral("China Merchants Bank"), QStringLiteral("China Mobile"),
              QStringLiteral("SF Express"), QStringLiteral("JD.com")}) {
            QVERIFY2(found.filter(service).size() == 1, qPrintable(found.join(QLatin1Char('|'))));
        }
        for (QTreeWidgetItemIterator it(dialog.results()); *it != nullptr; ++it) {
            QVERIFY(!(*it)->text(1).contains(QLatin1String("13912345678")));
        }

        // A Xiaomi backup: what it is and what to do, in the status line.
        QTemporaryDir dir;
        const QString bak = dir.filePath(QStringLiteral("SMS(com.android.mms).bak"));
        {
            QFile file(bak);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("MIUI BACKUP\n2\ncom.android.mms SMS\n-1\n0\nANDROID BACKUP\n5\n0\nnone\n");
        }
        dialog.scan(bak);
        QTRY_VERIFY(!dialog.isScanning());
        const QString refused = dialog.statusLabel()->text();
        QVERIFY2(refused.contains(QLatin1String("Xiaomi")) &&
                     refused.contains(QLatin1String(".vmsg")),
                 qPrintable(refused));
        QCOMPARE(dialog.results()->topLevelItemCount(), 0);
        dialog.reject();
    }
};

QTEST_MAIN(TestDiscoveryPhones)
#include "tst_discovery_phones.moc"
