// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Large text (150 % and 200 %) on a 1366×768 screen: Lock stays on the toolbar, nothing in the
// people list or the search field is cut, the services table keeps at least eight rows, check
// boxes grow with the text; a long status message elides instead of running into the counts;
// a number without services offers the next step first; the service panel has no blank gap.
// Real widgets over a real vault, offscreen.

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "Catalog.h"
#include "ChecklistDialog.h"
#include "ElidingStatusBar.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "NumberOverview.h"
#include "NumberPanel.h"
#include "ServiceDetailDialog.h"
#include "ServiceDetailPanel.h"
#include "ServiceText.h"
#include "Translator.h"
#include "UiContext.h"
#include "UrlOpener.h"
#include "Vault.h"

#include <memory>
#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple 1962");
constexpr int kServices = 15;

struct Sample
{
    qint64 fullId = 0;  // the mother's number being cancelled, 15 services
    qint64 emptyId = 0; // her new number, nothing listed yet
};

} // namespace

class TestTextSize : public QObject
{
    Q_OBJECT

private:
    QString vaultFile() const { return m_dir->filePath(QStringLiteral("text-size.vault")); }

    // Two people; the mother's old number with 15 services, each used for several things (the
    // "used for" texts are long), her new number empty; the son's recycled number, whose status
    // is the longest there is.
    Sample makeVault()
    {
        Sample s;
        auto vault = Vault::create(vaultFile(), kPassphrase, fastKdf());
        if (!vault) {
            return s;
        }
        Inventory inventory((*vault)->database());
        Person mother;
        mother.name = QStringLiteral("王秀英");
        mother.relation = QStringLiteral("mother");
        const qint64 motherId = *inventory.addPerson(mother);
        Person son;
        son.name = QStringLiteral("Zhang Wei");
        son.relation = QStringLiteral("self");
        const qint64 sonId = *inventory.addPerson(son);
        NumberRecord old;
        old.personId = motherId;
        old.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
        old.replacement = *PhoneNumber::parse(QStringLiteral("15000001111"));
        old.status = NumberStatus::Cancelling;
        old.cancelDate = QDate::currentDate().addDays(45);
        old.carrier = QStringLiteral("China Mobile");
        s.fullId = *inventory.addNumber(old);
        NumberRecord fresh;
        fresh.personId = motherId;
        fresh.number = *PhoneNumber::parse(QStringLiteral("15000001111"));
        s.emptyId = *inventory.addNumber(fresh);
        NumberRecord received;
        received.personId = sonId;
        received.number = *PhoneNumber::parse(QStringLiteral("17700001234"));
        received.status = NumberStatus::Received;
        (void)inventory.addNumber(received);
        int added = 0;
        for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
            if (!entry.isCurated() || added == kServices) {
                continue;
            }
            Service service;
            service.catalogId = entry.id;
            service.name = entry.name(QStringLiteral("en"));
            Binding binding;
            binding.numberId = s.fullId;
            binding.serviceId = inventory.ensureService(service)->id;
            binding.roles = BindingRole::Login | BindingRole::SmsLogin | BindingRole::BankReserved |
                            BindingRole::Notifications;
            binding.account = QStringLiteral("wang.xiuying.%1@example.com").arg(added);
            binding.due = QDate::currentDate().addDays(10 + added);
            if (!inventory.addBinding(binding)) {
                return {};
            }
            ++added;
        }
        return s;
    }

    using Session = AppSession;
    std::unique_ptr<Session> openSession()
    {
        return openAppSession(m_nullKeys, vaultFile(), kPassphrase);
    }

    // The main window as on a 1366×768 laptop screen (less the desktop's panel), laid out.
    static void laptopSize(MainWindow* window)
    {
        window->resize(1366, 720);
        QTest::qWait(50);
        QCoreApplication::processEvents();
    }

    void setLanguage(const QString& language)
    {
        Translator::install(language);
        ServiceText::setLanguage(language);
    }

    NullKeyStore m_nullKeys;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        MessageBox::setUnattended(true);
        UrlOpener::setCapture(true);
        setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        resetStandardLocations();
        MessageBox::resetLog();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        Appearance::setTextScale(1.0);
        setLanguage(QStringLiteral("en"));
    }

    void largeTextKeepsEverythingInView_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (double scale : {1.5, 2.0}) {
                QTest::addRow("%s %d%%", qPrintable(language), qRound(scale * 100))
                    << language << scale;
            }
        }
    }

    void largeTextKeepsEverythingInView()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        setLanguage(language);
        const Sample sample = makeVault();
        QVERIFY(sample.fullId != 0);
        Appearance::setTextScale(scale);
        auto session = openSession();
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        laptopSize(window);
        window->selectNumber(sample.fullId);
        NumberPanel* panel = window->numberPanel();
        panel->showServices();
        QTest::qWait(50);
        // Nothing forces the window wider than the screen.
        QVERIFY2(window->width() <= 1366, qPrintable(QString::number(window->width())));

        // Lock is on the toolbar itself, not behind its "»" extension; every action that left
        // the toolbar is still in a menu.
        QToolBar* tools = window->mainToolBar();
        QVERIFY(tools != nullptr);
        QWidget* lock = tools->widgetForAction(window->lockAction());
        QVERIFY(lock != nullptr);
        QVERIFY(lock->isVisible());
        QVERIFY2(tools->rect().contains(lock->geometry()),
                 qPrintable(QStringLiteral("lock at %1, toolbar %2 wide")
                                .arg(lock->geometry().right())
                                .arg(tools->width())));
        const auto extension =
            tools->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(extension == nullptr || !extension->isVisible());
        QList<QAction*> inMenus;
        for (QAction* menu : window->menuBar()->actions()) {
            if (menu->menu() != nullptr) {
                inMenus += menu->menu()->actions();
            }
        }
        for (QAction* action :
             {window->addPersonAction(), window->addNumberAction(), window->findServicesAction(),
              window->addBindingAction(), window->editAction(), window->deleteAction(),
              window->undoAction(), window->lockAction()}) {
            QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
            if (QWidget* button = tools->widgetForAction(action)) {
                QVERIFY(tools->rect().contains(button->geometry()));
            }
        }

        // The people list: every line read whole.
        QTreeView* tree = window->peopleView();
        tree->expandAll();
        QCoreApplication::processEvents();
        int rows = 0;
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex person = tree->model()->index(row, 0);
            QList<QModelIndex> indexes = {person};
            for (int child = 0; child < tree->model()->rowCount(person); ++child) {
                indexes.append(tree->model()->index(child, 0, person));
            }
            for (const QModelIndex& index : std::as_const(indexes)) {
                const QRect rect = tree->visualRect(index);
                const QVariant font = index.data(Qt::FontRole);
                const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : tree->font());
                const QStringList lines = index.data().toString().split(QLatin1Char('\n'));
                for (const QString& line : lines) {
                    // The item views' padding: 6 pixels each side.
                    QVERIFY2(metrics.horizontalAdvance(line) + 12 <= rect.width(),
                             qPrintable(QStringLiteral("%1: %2 > %3")
                                            .arg(line)
                                            .arg(metrics.horizontalAdvance(line) + 12)
                                            .arg(rect.width())));
                }
                QVERIFY(rect.height() >= lines.size() * metrics.height());
                QVERIFY(rect.right() <= tree->viewport()->width());
                ++rows;
            }
        }
        QCOMPARE(rows, 5);

        // The search field's placeholder fits it (less its frame, margins and clear button).
        QLineEdit* filter = panel->filterEdit();
        QVERIFY(filter->isVisible());
        const int room = filter->width() - filter->height() - 8;
        QVERIFY2(
            filter->fontMetrics().horizontalAdvance(filter->placeholderText()) <= room,
            qPrintable(QStringLiteral("%1 > %2")
                           .arg(filter->fontMetrics().horizontalAdvance(filter->placeholderText()))
                           .arg(room)));

        // At least eight whole rows of the table are in view, one line each.
        QTableView* table = panel->table();
        QCOMPARE(table->model()->rowCount(), kServices);
        int whole = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QRect rect = table->visualRect(table->model()->index(row, 0));
            if (table->viewport()->rect().contains(rect)) {
                ++whole;
            }
            QVERIFY(rect.height() < 2 * table->fontMetrics().height());
        }
        QVERIFY2(whole >= 8, qPrintable(QString::number(whole)));
        // A cell too narrow for its text says it whole in its tool tip.
        const QModelIndex roles = table->model()->index(0, 2);
        QCOMPARE(roles.data(Qt::ToolTipRole).toString(), roles.data().toString());

        // The overview keeps the number's details.
        panel->showOverview();
        QCoreApplication::processEvents();
        QVERIFY(panel->findChild<QWidget*>(QStringLiteral("numberDetails"))->isVisible());
        QVERIFY(window->width() <= 1366);
    }

    // With an empty vault too (the number panel waits hidden), the window fits the screen.
    void emptyVaultFitsTheScreen()
    {
        {
            auto vault = Vault::create(vaultFile(), kPassphrase, fastKdf());
            QVERIFY(vault.ok());
        }
        Appearance::setTextScale(2.0);
        auto session = openSession();
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        laptopSize(window);
        QVERIFY2(window->minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        QVERIFY(window->width() <= 1366);
    }

    void indicatorsGrowWithText()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* box = new QCheckBox(QStringLiteral("Login name"), &window);
        auto* radio = new QRadioButton(QStringLiteral("SMS code"), &window);
        layout->addWidget(box);
        layout->addWidget(radio);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto sizes = [&] {
            QCoreApplication::processEvents();
            QStyleOptionButton option;
            option.initFrom(box);
            const int check = box->style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, box);
            option.initFrom(radio);
            const int dot =
                radio->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, &option, radio);
            const QRect drawn =
                box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
            return std::tuple{check, dot, drawn.width(), box->fontMetrics().height()};
        };
        Appearance::setTextScale(1.0);
        const auto [check1, dot1, drawn1, text1] = sizes();
        Appearance::setTextScale(1.5);
        const auto [check15, dot15, drawn15, text15] = sizes();
        Appearance::setTextScale(2.0);
        const auto [check2, dot2, drawn2, text2] = sizes();
        QVERIFY(text2 > text15 && text15 > text1);
        QVERIFY2(check15 > check1 && check2 > check15,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(check1).arg(check15).arg(check2)));
        QVERIFY(dot15 > dot1 && dot2 > dot15);
        QVERIFY(drawn2 > drawn1);
        // In step with the text: about three quarters of a line.
        QVERIFY(check2 * 2 >= text2);
        QVERIFY(check2 <= text2);
    }

    void statusMessageElides()
    {
        setLanguage(QStringLiteral("zh_CN"));
        const Sample sample = makeVault();
        QVERIFY(sample.fullId != 0);
        Appearance::setTextScale(1.5);
        auto session = openSession();
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        laptopSize(window);
        window->selectNumber(sample.fullId);
        auto* bar = qobject_cast<ElidingStatusBar*>(window->statusBar());
        QVERIFY(bar != nullptr);
        QStringList names;
        for (int i = 0; i < 11; ++i) {
            names << QStringLiteral("中国工商银行%1").arg(i);
        }
        const QString message =
            QStringLiteral("已添加 11 项服务：") + names.join(QStringLiteral("、"));
        bar->showMessage(message, 15000);
        QCoreApplication::processEvents();
        QCOMPARE(bar->currentMessage(), message);
        const QRect counts = window->countsLabel()->geometry();
        QVERIFY(window->countsLabel()->isVisible());
        const QRect room = bar->messageRect();
        QVERIFY2(room.right() < counts.left(),
                 qPrintable(QStringLiteral("%1 >= %2").arg(room.right()).arg(counts.left())));
        const QString shown = bar->shownMessage();
        QVERIFY(shown != message);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QVERIFY(bar->fontMetrics().horizontalAdvance(shown) <= room.width());
        // Nothing drawn between the message's room and the counts.
        const QImage image = bar->grab().toImage();
        const QRgb background = image.pixel(room.right() + 2, 1);
        for (int x = room.right() + 2; x < counts.left() - 2; ++x) {
            for (int y = 0; y < image.height(); ++y) {
                QCOMPARE(image.pixel(x, y), background);
            }
        }
        // A short message is shown as it is.
        bar->showMessage(QStringLiteral("已删除微信。"), 15000);
        QCOMPARE(bar->shownMessage(), QStringLiteral("已删除微信。"));
    }

    void emptyNumberOffersFindServices()
    {
        const Sample sample = makeVault();
        QVERIFY(sample.emptyId != 0);
        auto session = openSession();
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        NumberPanel* panel = window->numberPanel();
        window->selectNumber(sample.fullId);
        QVERIFY(!panel->emptyState()->isVisible());
        auto* print = panel->overview()->findChild<QPushButton*>(QStringLiteral("overviewExport"));
        QVERIFY(print != nullptr);
        QVERIFY(print->isVisible());

        window->selectNumber(sample.emptyId);
        QVERIFY(panel->emptyState()->isVisible());
        // The next step comes first: above the tabs, larger than the other buttons.
        QVERIFY(panel->emptyFindButton()->isVisible());
        QVERIFY(panel->emptyFindButton()->isEnabled());
        QVERIFY(panel->emptyDiscoverButton()->isVisible());
        QVERIFY(panel->emptyState()->geometry().bottom() < panel->tabs()->geometry().top());
        QVERIFY(panel->emptyFindButton()->font().pointSizeF() >
                panel->emptyDiscoverButton()->font().pointSizeF());
        // No empty checklist to print.
        QVERIFY(!print->isVisible());

        QTest::mouseClick(panel->emptyFindButton(), Qt::LeftButton);
        QPointer<ChecklistDialog> checklist = waitForChild<ChecklistDialog>(window);
        QVERIFY(checklist != nullptr);
        checklist->reject();

        // Read-only: the buttons that would add are off.
        window->setReadOnly(true, QStringLiteral("another program"));
        QVERIFY(!panel->emptyFindButton()->isEnabled());
        QVERIFY(!panel->emptyDiscoverButton()->isEnabled());
    }

    // The service panel: between the header and the steps nothing but the warnings, and no
    // label taller than its text, whichever services were shown before and at every size.
    void servicePanelHasNoGap_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            for (double scale : {1.0, 1.5, 2.0}) {
                QTest::addRow("%s %d%%", qPrintable(language), qRound(scale * 100))
                    << language << scale;
            }
        }
    }

    void servicePanelHasNoGap()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        setLanguage(language);
        Appearance::setTextScale(scale);
        QWidget window;
        auto* panel = new ServiceDetailPanel;
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(scrollingDetail(panel, &window));
        window.resize(520, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList ids = {QStringLiteral("alipay"), QStringLiteral("wechat"),
                                 QStringLiteral("china-mobile"), QStringLiteral("cmb"),
                                 QStringLiteral("wechat")};
        int width = 520;
        for (const QString& id : ids) {
            const CatalogEntry* entry = Catalog::builtIn().find(id);
            QVERIFY(entry != nullptr);
            // As the checklist does between two selections; and the window changes width.
            panel->clear();
            QCoreApplication::processEvents();
            panel->showEntry(*entry);
            width = width == 520 ? 800 : 520;
            window.resize(width, 700);
            QTest::qWait(60);
            QList<QWidget*> shown;
            for (QWidget* child :
                 panel->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
                if (child->isVisible() && child->objectName() != QLatin1String("detailBadge") &&
                    child->objectName() != QLatin1String("detailActions")) {
                    shown.append(child);
                }
            }
            std::sort(shown.begin(), shown.end(),
                      [](const QWidget* a, const QWidget* b) { return a->y() < b->y(); });
            QWidget* steps = panel->stepsLabel(StepKind::Rebind);
            QVERIFY(steps->isVisible());
            for (int i = 0; i < shown.size(); ++i) {
                auto* label = qobject_cast<QLabel*>(shown.at(i));
                if (label != nullptr && label->wordWrap() && !label->text().isEmpty()) {
                    QTextDocument text;
                    text.setDefaultFont(label->font());
                    text.setDocumentMargin(0);
                    if (label->textFormat() == Qt::RichText) {
                        text.setHtml(label->text());
                    } else {
                        text.setPlainText(label->text());
                    }
                    // QLabel indents the text of a framed label by half an "x".
                    const int indent =
                        label->indent() < 0 && label->frameWidth() > 0
                            ? label->fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2
                            : std::max(0, label->indent());
                    text.setTextWidth(label->contentsRect().width() - indent);
                    const int needed = qCeil(text.size().height()) + label->height() -
                                       label->contentsRect().height();
                    // The subtitle may share the badge's height.
                    const int slack = label->objectName() == QLatin1String("detailSubtitle")
                                          ? 56
                                          : label->fontMetrics().height() / 2;
                    QVERIFY2(label->height() <= needed + slack,
                             qPrintable(QStringLiteral("%1 (%2): %3 high for %4 of text")
                                            .arg(label->objectName(), id)
                                            .arg(label->height())
                                            .arg(needed)));
                }
                if (i > 0 && shown.at(i)->y() <= steps->y()) {
                    const int gap = shown.at(i)->y() - shown.at(i - 1)->geometry().bottom() - 1;
                    QVERIFY2(gap <= 20, qPrintable(QStringLiteral("%1 → %2 (%3): %4 pixels")
                                                       .arg(shown.at(i - 1)->objectName(),
                                                            shown.at(i)->objectName(), id)
                                                       .arg(gap)));
                }
            }
        }
    }
};

QTEST_MAIN(TestTextSize)
#include "tst_text_size.moc"
