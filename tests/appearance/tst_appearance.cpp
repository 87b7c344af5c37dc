// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"
#include "AppSettings.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QtTest>

using namespace rebind;

// Large-text mode really scales what people read.
class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(AppSettings::settingsFilePath());
        Appearance::apply(*qApp);
    }

    void baseFontIsLargeEnough()
    {
        QCOMPARE(Appearance::textScale(), 1.0);
        QVERIFY(QApplication::font().pointSizeF() >= Appearance::kBasePointSize);
    }

    // Title bars and task bars ask for small icons: each must be drawn for its size, not the
    // 256 px one scaled down into a blur.
    void windowIconHasEverySmallSize()
    {
        const QIcon icon = QApplication::windowIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 24, 32, 48, 256}) {
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)),
                     qPrintable(QString::number(size)));
            const QImage drawn = icon.pixmap(QSize(size, size), 1.0).toImage();
            const QImage file(
                QStringLiteral(":/icons/hicolor/%1x%1/apps/io.github.rebindapp.Rebind.png")
                    .arg(size));
            QVERIFY(!file.isNull());
            QCOMPARE(drawn.convertToFormat(QImage::Format_ARGB32_Premultiplied),
                     file.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        }
    }

    void scaleMultipliesEveryFont()
    {
        Appearance::setTextScale(1.0);
        const double base = QApplication::font().pointSizeF();
        QLabel before(QStringLiteral("换绑助手 Rebind"));
        before.show();
        const int heightBefore = before.sizeHint().height();

        Appearance::setTextScale(2.0);
        QCOMPARE(QApplication::font().pointSizeF(), base * 2.0);
        QLabel after(QStringLiteral("换绑助手 Rebind"));
        QCOMPARE(after.font().pointSizeF(), base * 2.0);
        QVERIFY2(after.sizeHint().height() >= heightBefore * 17 / 10,
                 qPrintable(
                     QStringLiteral("%1 -> %2").arg(heightBefore).arg(after.sizeHint().height())));
        // A widget already on screen follows the change too.
        before.show();
        QCoreApplication::processEvents();
        QTRY_COMPARE(before.font().pointSizeF(), base * 2.0);

        // Out-of-range values are held to 1.0–2.0, and changes never compound.
        Appearance::setTextScale(5.0);
        QCOMPARE(QApplication::font().pointSizeF(), base * 2.0);
        Appearance::setTextScale(0.2);
        QCOMPARE(QApplication::font().pointSizeF(), base);
    }

    void settingsDialogSavesAndApplies()
    {
        Appearance::setTextScale(1.0);
        const double base = QApplication::font().pointSizeF();
        SettingsDialog dialog(QStringLiteral("/tmp/x.vault"));
        QComboBox* sizes = dialog.textSizeCombo();
        QCOMPARE(sizes->currentData().toDouble(), 1.0);
        sizes->setCurrentIndex(sizes->findData(1.5));
        QVERIFY(sizes->currentIndex() >= 0);
        dialog.accept();
        QCOMPARE(AppSettings().textScale(), 1.5);
        QCOMPARE(QApplication::font().pointSizeF(), base * 1.5);

        // Saved: the next start applies it.
        Appearance::setTextScale(1.0);
        Appearance::apply(*qApp);
        QCOMPARE(QApplication::font().pointSizeF(), base * 1.5);
        SettingsDialog again(QStringLiteral("/tmp/x.vault"));
        QCOMPARE(again.textSizeCombo()->currentData().toDouble(), 1.5);
        AppSettings settings;
        settings.setTextScale(1.0);
        settings.sync();
        Appearance::setTextScale(1.0);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
