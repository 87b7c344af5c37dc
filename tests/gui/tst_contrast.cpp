// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every text on screen reaches WCAG's 4.5:1 contrast under a dark palette and under the default
// light one: the real main window on a real vault in the states that colour text (blockers,
// overdue dates, a number cancelled with work left, read-only, the services table, a person's
// cards) and the dialogs that do (binding, passphrase strength, walk-through, find services,
// export, service details, number, new-owner checks, unlock), offscreen.
//
// How contrast is measured: from what is drawn, not from what the code asked for. Each window
// is grabbed into an image; for every visible, enabled label, button, line edit, combo box,
// tab, header section and item view cell, the pixels of its text area (contents rectangle,
// without icons, tick boxes and frames) are counted by colour. The commonest colour is the
// background; the text's colours ("inks") are the colours found on at least a few pixels
// whose channels do not all lie between the background and an ink of higher contrast (those
// are the antialiased edges of the glyphs), nor within 1.5:1 of the background (its shading). Style
// sheets, palettes, rich text and custom painting are all in the picture. Rich text labels are read
// twice: a colour given in the text (a <span style="color:…">) is also taken from the document's
// character formats and set against the measured background, so that a faint span among normal text
// is not lost among the edges of the normal letters. A widget's figure is its worst ink.
//
// Not measured: disabled widgets (WCAG exempts inactive controls), group box titles and menus
// (the style draws them in the palette's own colours, which the test checks as pairs), and the
// service badges (a letter in white on the badge's own fixed colour, at least 4.5:1 by design).

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "BindingDialog.h"
#include "BindingFilterModel.h"
#include "Catalog.h"
#include "ChangePassphraseDialog.h"
#include "ChecklistDialog.h"
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewOwnerDialog.h"
#include "NullKeyStore.h"
#include "NumberDialog.h"
#include "NumberPanel.h"
#include "PassphraseFields.h"
#include "ReadOnlyBanner.h"
#include "ServiceDetailDialog.h"
#include "ServiceText.h"
#include "ThemeColors.h"
#include "Translator.h"
#include "UnlockDialog.h"
#include "UrlOpener.h"
#include "Vault.h"
#include "WalkthroughDialog.h"

#include <algorithm>
#include <functional>
#include <map>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("lantern orchid gravel pepper 1962");
constexpr double kMinimum = 4.5;
// An ink is a colour on at least this many pixels: the fully covered middles of glyph strokes.
constexpr int kInkPixels = 3;
// Colours this close to the background are its own shading (the gradient of a button's face):
// a text this faint would be no text at all, and is reported as such (1:1).
constexpr double kShading = 1.5;

struct Reading
{
    QString state; // which window, in which state
    QString kind;  // widget class, or "cell" / "tab" / "header"
    QString text;
    QColor ink;
    QColor paper;
    double ratio = 21.0;
};

struct Drawn
{
    QColor paper;
    QList<QColor> inks;
};

bool between(const QColor& paper, const QColor& c, const QColor& ink)
{
    const auto inside = [](int p, int x, int i) {
        return x >= std::min(p, i) - 4 && x <= std::max(p, i) + 4;
    };
    return inside(paper.red(), c.red(), ink.red()) &&
           inside(paper.green(), c.green(), ink.green()) &&
           inside(paper.blue(), c.blue(), ink.blue());
}

// The background and the text colours drawn in rect of image (see the top of this file).
Drawn analyse(const QImage& image, const QRect& rect)
{
    Drawn drawn;
    std::map<QRgb, int> counts;
    const QRect area = rect & image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            ++counts[image.pixel(x, y) | 0xff000000u];
        }
    }
    if (counts.empty()) {
        return drawn;
    }
    const auto commonest =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    drawn.paper = QColor::fromRgb(commonest->first);
    QList<QColor> candidates;
    for (const auto& [rgb, count] : counts) {
        const QColor color = QColor::fromRgb(rgb);
        if (count >= kInkPixels && ThemeColors::contrast(color, drawn.paper) >= kShading) {
            candidates.append(color);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [&drawn](const QColor& a, const QColor& b) {
        return ThemeColors::contrast(a, drawn.paper) > ThemeColors::contrast(b, drawn.paper);
    });
    for (const QColor& candidate : std::as_const(candidates)) {
        const bool edge =
            std::any_of(drawn.inks.cbegin(), drawn.inks.cend(),
                        [&](const QColor& ink) { return between(drawn.paper, candidate, ink); });
        if (!edge) {
            drawn.inks.append(candidate);
        }
    }
    return drawn;
}

// The colours a rich text asks for in its character formats.
QList<QColor> declaredColors(const QString& html)
{
    QList<QColor> colors;
    QTextDocument document;
    document.setHtml(html);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.hasProperty(QTextFormat::ForegroundBrush) &&
                format.foreground().style() != Qt::NoBrush &&
                !it.fragment().text().trimmed().isEmpty()) {
                colors.append(format.foreground().color());
            }
        }
    }
    return colors;
}

class ContrastWalk
{
public:
    QList<Reading> readings;

    // Every text in window (a top-level widget, shown), as drawn now.
    void walk(QWidget* window, const QString& state)
    {
        QCoreApplication::processEvents();
        const QImage image = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
        // REBIND_CONTRAST_DUMP=DIR keeps what was measured, to look at.
        if (const QString dump = qEnvironmentVariable("REBIND_CONTRAST_DUMP"); !dump.isEmpty()) {
            QString name = state;
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("_"));
            image.save(QStringLiteral("%1/%2_%3.png").arg(dump).arg(++m_shot).arg(name));
        }
        QList<QWidget*> widgets = window->findChildren<QWidget*>();
        widgets.prepend(window);
        for (QWidget* widget : std::as_const(widgets)) {
            if (!widget->isVisible() || !widget->isEnabled() || widget->window() != window) {
                continue;
            }
            if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
                if (auto* header = qobject_cast<QHeaderView*>(widget)) {
                    walkHeader(image, window, header, state);
                } else {
                    walkView(image, window, view, state);
                }
            } else if (auto* label = qobject_cast<QLabel*>(widget)) {
                walkLabel(image, window, label, state);
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                walkButton(image, window, button, state);
            } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
                const QString text =
                    edit->text().isEmpty() ? edit->placeholderText() : edit->displayText();
                if (!text.trimmed().isEmpty()) {
                    QRect rect = edit->rect().adjusted(4, 3, -4, -3);
                    if (!edit->text().isEmpty() && edit->isClearButtonEnabled()) {
                        rect.setRight(rect.right() - edit->height());
                    }
                    measure(image, window, edit, rect, state, QStringLiteral("QLineEdit"), text);
                }
            } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
                if (!combo->isEditable() && !combo->currentText().isEmpty()) {
                    QStyleOptionComboBox option;
                    option.initFrom(combo);
                    option.editable = false;
                    const QRect field = combo->style()->subControlRect(
                        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                    measure(image, window, combo, field.adjusted(2, 2, -2, -2), state,
                            QStringLiteral("QComboBox"), combo->currentText());
                }
            } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    measure(image, window, tabs, tabs->tabRect(i).adjusted(6, 4, -6, -4), state,
                            QStringLiteral("tab"), tabs->tabText(i));
                }
            }
        }
    }

    // The readings under minimum, worst first.
    QList<Reading> failures(double minimum = kMinimum) const
    {
        QList<Reading> out;
        for (const Reading& r : readings) {
            if (r.ratio < minimum) {
                out.append(r);
            }
        }
        std::sort(out.begin(), out.end(),
                  [](const Reading& a, const Reading& b) { return a.ratio < b.ratio; });
        return out;
    }

    // Prints every reading under the minimum, worst first; how many there were.
    qsizetype printFailures() const
    {
        const QList<Reading> failed = failures();
        for (const Reading& r : failed) {
            qWarning("under 4.5:1: %.2f:1 %s on %s %s [%s] \"%s\"", r.ratio,
                     qPrintable(r.ink.name()), qPrintable(r.paper.name()), qPrintable(r.kind),
                     qPrintable(r.state), qPrintable(r.text.simplified().left(60)));
        }
        return failed.size();
    }

    void report(const char* title) const
    {
        std::map<QString, std::pair<double, int>> byKind;
        for (const Reading& r : readings) {
            auto& [lowest, count] = byKind.try_emplace(r.kind, 21.0, 0).first->second;
            lowest = std::min(lowest, r.ratio);
            ++count;
        }
        qInfo("%s: %lld texts measured", title, static_cast<long long>(readings.size()));
        for (const auto& [kind, figures] : byKind) {
            qInfo("  %-16s min %5.2f:1 over %d", qPrintable(kind), figures.first, figures.second);
        }
        QList<Reading> sorted = readings;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Reading& a, const Reading& b) { return a.ratio < b.ratio; });
        qInfo("  worst five:");
        for (qsizetype i = 0; i < std::min<qsizetype>(5, sorted.size()); ++i) {
            const Reading& r = sorted.at(i);
            qInfo("    %5.2f:1  %s on %s  %s  [%s] \"%s\"", r.ratio, qPrintable(r.ink.name()),
                  qPrintable(r.paper.name()), qPrintable(r.kind), qPrintable(r.state),
                  qPrintable(r.text.simplified().left(60)));
        }
    }

private:
    int m_shot = 0;

    // rect in widget's coordinates; what of it is on screen (scroll areas clip) is measured.
    void measure(const QImage& image, QWidget* window, QWidget* widget, QRect rect,
                 const QString& state, const QString& kind, const QString& text,
                 const QList<QColor>& declared = {})
    {
        rect &= widget->visibleRegion().boundingRect();
        if (rect.height() < widget->fontMetrics().height() / 2 || rect.width() < 4) {
            return;
        }
        const QRect inWindow(widget->mapTo(window, rect.topLeft()), rect.size());
        const Drawn drawn = analyse(image, inWindow);
        Reading reading{state, kind, text, drawn.paper, drawn.paper, 1.0};
        // No ink at all: the text is drawn in its background's colour (or not at all).
        bool first = true;
        for (const QColor& ink : drawn.inks + declared) {
            const double ratio = ThemeColors::contrast(ink, drawn.paper);
            if (first || ratio < reading.ratio) {
                reading.ratio = ratio;
                reading.ink = ink;
                first = false;
            }
        }
        readings.append(reading);
    }

    void walkLabel(const QImage& image, QWidget* window, QLabel* label, const QString& state)
    {
        const QString text = label->text();
        if (text.trimmed().isEmpty() || (label->pixmap().cacheKey() != 0 && text.isEmpty())) {
            return;
        }
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        QString plain = text;
        QList<QColor> declared;
        if (rich) {
            QTextDocument document;
            document.setHtml(text);
            plain = document.toPlainText();
            if (plain.trimmed().isEmpty()) {
                return;
            }
            declared = declaredColors(text);
        }
        measure(image, window, label, label->contentsRect(), state, QStringLiteral("QLabel"), plain,
                declared);
    }

    void walkButton(const QImage& image, QWidget* window, QAbstractButton* button,
                    const QString& state)
    {
        if (button->text().trimmed().isEmpty()) {
            return;
        }
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        QRect rect;
        QString kind;
        if (qobject_cast<QCheckBox*>(button) != nullptr) {
            rect = button->style()->subElementRect(QStyle::SE_CheckBoxContents, &option, button);
            kind = QStringLiteral("QCheckBox");
        } else if (qobject_cast<QRadioButton*>(button) != nullptr) {
            rect = button->style()->subElementRect(QStyle::SE_RadioButtonContents, &option, button);
            kind = QStringLiteral("QRadioButton");
        } else if (qobject_cast<QPushButton*>(button) != nullptr) {
            // The line of text only, centred as the style draws it: a button's face may be a
            // gradient with light and dark bevel lines near its edges, which are not text.
            const QRect contents =
                button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
            QString shown = button->text();
            shown.remove(QLatin1Char('&'));
            const QSize line(button->fontMetrics().horizontalAdvance(shown) + 4,
                             button->fontMetrics().height());
            rect = QRect(QPoint(0, 0), line.boundedTo(contents.size()));
            rect.moveCenter(contents.center());
            if (!button->icon().isNull()) {
                rect.translate((button->iconSize().width() + 4) / 2, 0);
            }
            kind = QStringLiteral("QPushButton");
        } else {
            auto* tool = qobject_cast<QToolButton*>(button);
            rect = button->rect().adjusted(3, 3, -3, -3);
            if (tool != nullptr && !tool->icon().isNull() &&
                tool->toolButtonStyle() != Qt::ToolButtonTextOnly) {
                if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly) {
                    return;
                }
                rect.setLeft(rect.left() + tool->iconSize().width() + 4);
            }
            kind = QStringLiteral("QToolButton");
        }
        measure(image, window, button, rect, state, kind, button->text());
    }

    void walkHeader(const QImage& image, QWidget* window, QHeaderView* header, const QString& state)
    {
        if (header->orientation() != Qt::Horizontal || header->model() == nullptr) {
            return;
        }
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section)) {
                continue;
            }
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            if (text.isEmpty()) {
                continue;
            }
            const QRect rect(header->sectionViewportPosition(section) + 4, 3,
                             header->sectionSize(section) - 8, header->height() - 6);
            measure(image, window, header->viewport(), rect, state, QStringLiteral("header"), text);
        }
    }

    void walkView(const QImage& image, QWidget* window, QAbstractItemView* view,
                  const QString& state)
    {
        QAbstractItemModel* model = view->model();
        if (model == nullptr) {
            return;
        }
        const auto* tree = qobject_cast<QTreeView*>(view);
        const QString kind = QStringLiteral("cell");
        std::function<void(const QModelIndex&)> rows = [&](const QModelIndex& parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    QRect rect = view->visualRect(index) & view->viewport()->rect();
                    const QString text = index.data().toString();
                    if (rect.isEmpty() || text.trimmed().isEmpty()) {
                        continue;
                    }
                    // The item views' padding (Appearance), then what is left of icon and tick.
                    rect.adjust(6, 4, -6, -4);
                    if (index.data(Qt::CheckStateRole).isValid() ||
                        (view->model()->flags(index) & Qt::ItemIsUserCheckable)) {
                        rect.setLeft(rect.left() + Appearance::indicatorSize() + 6);
                    }
                    if (index.data(Qt::DecorationRole).isValid()) {
                        const QSize icon =
                            view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
                        rect.setLeft(rect.left() + std::max(icon.width(), 16) + 6);
                    }
                    measure(image, window, view->viewport(), rect, state, kind,
                            text.section(QLatin1Char('\n'), 0, 0));
                }
                const QModelIndex first = model->index(row, 0, parent);
                if (tree != nullptr && tree->isExpanded(first)) {
                    rows(first);
                }
            }
        };
        rows(QModelIndex());
    }
};

struct Sample
{
    qint64 motherId = 0;
    qint64 oldId = 0;       // cancelling, services with blockers and overdue items
    qint64 cancelledId = 0; // cancelled last week with items still open
    qint64 receivedId = 0;  // received from the carrier, used by someone else on one service
    qint64 emptyId = 0;     // nothing listed yet
};

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private:
    QString vaultFile() const { return m_dir->filePath(QStringLiteral("contrast.rebind")); }

    Sample makeVault()
    {
        Sample s;
        auto vault = Vault::create(vaultFile(), kPassphrase, fastKdf());
        if (!vault) {
            return s;
        }
        Inventory inventory((*vault)->database());
        Person mother;
        mother.name = QStringLiteral("Wang Xiuying");
        mother.relation = QStringLiteral("mother");
        s.motherId = *inventory.addPerson(mother);
        const auto number = [&](const QString& digits, NumberStatus status, int cancelInDays) {
            NumberRecord record;
            record.personId = s.motherId;
            record.number = *PhoneNumber::parse(digits);
            record.status = status;
            if (cancelInDays != 0) {
                record.cancelDate = QDate::currentDate().addDays(cancelInDays);
                record.replacement = *PhoneNumber::parse(QStringLiteral("15000001111"));
            }
            return *inventory.addNumber(record);
        };
        s.oldId = number(QStringLiteral("13912345678"), NumberStatus::Cancelling, 20);
        s.cancelledId = number(QStringLiteral("13700001234"), NumberStatus::Cancelled, -7);
        s.receivedId = number(QStringLiteral("17700001234"), NumberStatus::Received, 0);
        s.emptyId = number(QStringLiteral("15000001111"), NumberStatus::InUse, 0);
        const QStringList ids = {QStringLiteral("wechat"), QStringLiteral("alipay"),
                                 QStringLiteral("cmb"),    QStringLiteral("icbc"),
                                 QStringLiteral("12306"),  QStringLiteral("taobao")};
        const QList<BindingStatus> statuses = {BindingStatus::Done,    BindingStatus::InProgress,
                                               BindingStatus::ToDo,    BindingStatus::ToDo,
                                               BindingStatus::Waiting, BindingStatus::NotNeeded};
        int i = 0;
        for (const QString& id : ids) {
            const CatalogEntry* entry = Catalog::builtIn().find(id);
            Service service;
            service.catalogId = entry != nullptr ? id : QString();
            service.name = entry != nullptr ? entry->name(QStringLiteral("en")) : id;
            const qint64 serviceId = inventory.ensureService(service)->id;
            for (const qint64 numberId : {s.oldId, s.cancelledId}) {
                Binding binding;
                binding.numberId = numberId;
                binding.serviceId = serviceId;
                binding.roles = BindingRole::Login | BindingRole::SmsLogin |
                                (i % 2 == 0 ? BindingRole::BankReserved : BindingRole::Recovery);
                binding.status = statuses.at(i);
                binding.account = QStringLiteral("wang.%1").arg(i);
                // Two overdue, the rest due later.
                binding.due = QDate::currentDate().addDays(i < 3 ? -5 + i : 4 * i);
                if (!inventory.addBinding(binding)) {
                    return {};
                }
            }
            ++i;
        }
        (void)inventory.setNewOwnerCheck(s.receivedId, QStringLiteral("wechat"),
                                         NewOwnerResult::SomeoneElse);
        (void)inventory.setNewOwnerCheck(s.receivedId, QStringLiteral("alipay"),
                                         NewOwnerResult::Free);
        return s;
    }

    static void show(QWidget* widget)
    {
        widget->show();
        (void)QTest::qWaitForWindowExposed(widget);
        QTest::qWait(30);
    }

    // The whole app in every state and dialog that colours text, walked.
    void walkEverything(ContrastWalk& walk)
    {
        const Sample sample = makeVault();
        QVERIFY(sample.oldId != 0);
        auto session = openAppSession(m_nullKeys, vaultFile(), kPassphrase);
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        window->resize(1280, 800);
        show(window);
        NumberPanel* panel = window->numberPanel();

        window->selectNumber(sample.oldId);
        panel->showOverview();
        walk.walk(window, QStringLiteral("overview, blockers and overdue"));
        panel->showServices();
        panel->table()->selectRow(1);
        walk.walk(window, QStringLiteral("services table"));
        window->selectNumber(sample.cancelledId);
        panel->showOverview();
        walk.walk(window, QStringLiteral("cancelled with items open"));
        window->selectNumber(sample.receivedId);
        panel->showOverview();
        walk.walk(window, QStringLiteral("received number"));
        window->selectNumber(sample.emptyId);
        walk.walk(window, QStringLiteral("nothing listed"));
        window->selectPerson(sample.motherId);
        walk.walk(window, QStringLiteral("person page"));
        window->setReadOnly(true, QStringLiteral("rebind-cli (process 4242)"));
        window->selectNumber(sample.oldId);
        QVERIFY(window->readOnlyBanner()->isVisible());
        walk.walk(window, QStringLiteral("read-only banner"));
        window->setReadOnly(false);

        window->selectNumber(sample.oldId);
        if (BindingDialog* binding = window->addBinding()) {
            show(binding);
            walk.walk(binding, QStringLiteral("binding dialog"));
            binding->reject();
        }
        if (NumberDialog* number = window->addNumber()) {
            show(number);
            number->numberEdit()->setText(QStringLiteral("138-0013-800"));
            walk.walk(number, QStringLiteral("number dialog, invalid"));
            number->numberEdit()->setText(QStringLiteral("186-0013-8000"));
            walk.walk(number, QStringLiteral("number dialog, valid"));
            number->reject();
        }
        window->selectNumber(sample.oldId);
        if (WalkthroughDialog* walkthrough = window->walkThrough()) {
            show(walkthrough);
            walk.walk(walkthrough, QStringLiteral("walk-through"));
            walkthrough->markDone();
            walk.walk(walkthrough, QStringLiteral("walk-through, next"));
            walkthrough->reject();
        }
        window->selectNumber(sample.oldId);
        if (ChecklistDialog* checklist = window->findServices()) {
            // As on a laptop screen (the offscreen one is 800×600): the names have room.
            checklist->resize(1280, 800);
            show(checklist);
            walk.walk(checklist, QStringLiteral("find services"));
            checklist->showCategory(QStringLiteral("banking"));
            checklist->setTicked(QStringLiteral("boc"), true);
            checklist->selectService(QStringLiteral("cmb"));
            walk.walk(checklist, QStringLiteral("find services, banking"));
            checklist->reject();
        }
        window->selectNumber(sample.oldId);
        panel->showServices();
        for (int row = 0; row < panel->proxy()->rowCount(); ++row) {
            panel->table()->selectRow(row);
            if (panel->currentServiceName().contains(QStringLiteral("Merchants"))) {
                break;
            }
        }
        if (ServiceDetailDialog* details = window->showServiceDetails()) {
            show(details);
            walk.walk(details, QStringLiteral("service details"));
            details->reject();
        }
        window->selectNumber(sample.receivedId);
        if (NewOwnerDialog* owner = window->newOwnerChecks()) {
            show(owner);
            walk.walk(owner, QStringLiteral("new-owner checks"));
            owner->reject();
        }
        window->selectNumber(sample.oldId);
        if (ExportDialog* exporter = window->exportData()) {
            show(exporter);
            exporter->showNumbersBox()->setChecked(true);
            for (int format = 0; format < exporter->formatBox()->count(); ++format) {
                exporter->formatBox()->setCurrentIndex(format);
                if (PassphraseFields* fields = exporter->handoffPassphrase();
                    fields != nullptr && fields->isVisible()) {
                    fields->firstEdit()->setText(QStringLiteral("lantern"));
                }
                walk.walk(exporter,
                          QStringLiteral("export: ") + exporter->formatBox()->currentText());
            }
            exporter->reject();
        }
        if (auto* change = session->controller.changePassphrase()) {
            show(change);
            change->passphraseFields()->firstEdit()->setText(QStringLiteral("lantern"));
            walk.walk(change, QStringLiteral("passphrase strength, weak"));
            change->passphraseFields()->firstEdit()->setText(kPassphrase);
            change->passphraseFields()->secondEdit()->setText(QStringLiteral("lantern"));
            change->passphraseFields()->check();
            walk.walk(change, QStringLiteral("passphrase strength, mismatch"));
            change->reject();
        }
        session.reset();
        {
            UiContext context(m_nullKeys, fastKdf);
            UnlockDialog unlock(context, vaultFile(), false);
            unlock.passphraseEdit()->setText(QStringLiteral("wrong"));
            show(&unlock);
            unlock.accept();
            (void)QTest::qWaitFor([&unlock] { return !unlock.isBusy(); }, 10000);
            walk.walk(&unlock, QStringLiteral("unlock, wrong passphrase"));
        }
    }

    NullKeyStore m_nullKeys;
    std::unique_ptr<QTemporaryDir> m_dir;
    QPalette m_lightPalette;

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        m_lightPalette = QApplication::palette();
        MessageBox::setUnattended(true);
        UrlOpener::setCapture(true);
        Translator::install(QStringLiteral("en"));
        ServiceText::setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        resetStandardLocations();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { QApplication::setPalette(m_lightPalette); }

    // The figures are the palette's own pairs first: a failure below is then the app's.
    void paletteItselfReads_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << true;
        QTest::newRow("light") << false;
    }

    void paletteItselfReads()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
        const QPalette p = QApplication::palette();
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::PlaceholderText, QPalette::Base}};
        for (const auto& [fore, back] : pairs) {
            QColor ink = p.color(fore);
            const QColor paper = p.color(back);
            // Placeholder colours may be translucent: as drawn, over the field.
            ink =
                QColor::fromRgbF(ink.redF() * ink.alphaF() + paper.redF() * (1 - ink.alphaF()),
                                 ink.greenF() * ink.alphaF() + paper.greenF() * (1 - ink.alphaF()),
                                 ink.blueF() * ink.alphaF() + paper.blueF() * (1 - ink.alphaF()));
            const double ratio = ThemeColors::contrast(ink, paper);
            qInfo("%s palette: role %d on %d: %.2f:1", dark ? "dark" : "light", fore, back, ratio);
            QVERIFY2(ratio >= kMinimum, qPrintable(QString::number(ratio)));
        }
        // Status colours keep their meaning and read on every background they are put on.
        for (const Tone tone : {Tone::Info, Tone::Good, Tone::Caution, Tone::Danger}) {
            const QColor text = ThemeColors::text(tone, p);
            for (const QPalette::ColorRole back :
                 {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
                QVERIFY(ThemeColors::contrast(text, p.color(back)) >= kMinimum);
            }
            QVERIFY(ThemeColors::contrast(ThemeColors::panelText(tone, p),
                                          ThemeColors::panelBackground(tone, p)) >= kMinimum);
        }
        // Red stays red: more red than green or blue, in both themes.
        const QColor red = ThemeColors::text(Tone::Danger, p);
        QVERIFY(red.red() > red.green() && red.red() > red.blue());
        const QColor green = ThemeColors::text(Tone::Good, p);
        QVERIFY(green.green() > green.red() && green.green() > green.blue());
    }

    void everyTextReads_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << true;
        QTest::newRow("light") << false;
    }

    void everyTextReads()
    {
        QFETCH(bool, dark);
        // The palette first, as the platform theme gives it before any window exists.
        QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
        ContrastWalk walk;
        walkEverything(walk);
        if (QTest::currentTestFailed()) {
            return;
        }
        walk.report(dark ? "dark palette" : "light palette");
        // Enough of the app was seen for the figures to mean something.
        QVERIFY2(walk.readings.size() > 400, qPrintable(QString::number(walk.readings.size())));
        QStringList kinds;
        for (const Reading& r : std::as_const(walk.readings)) {
            if (!kinds.contains(r.kind)) {
                kinds.append(r.kind);
            }
        }
        for (const char* kind : {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QLineEdit",
                                 "QComboBox", "cell", "header", "tab"}) {
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
        }
        const qsizetype failed = walk.printFailures();
        QVERIFY2(failed == 0, qPrintable(QStringLiteral("%1 texts under 4.5:1").arg(failed)));
    }

    // The system turns dark while Rebind runs: coloured text follows without a restart.
    void followsAPaletteChange()
    {
        const Sample sample = makeVault();
        QVERIFY(sample.oldId != 0);
        auto session = openAppSession(m_nullKeys, vaultFile(), kPassphrase);
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        window->resize(1280, 800);
        show(window);
        window->selectNumber(sample.cancelledId);
        window->numberPanel()->showOverview();
        QCoreApplication::processEvents();
        QApplication::setPalette(darkPalette());
        QTest::qWait(50);
        ContrastWalk walk;
        walk.walk(window, QStringLiteral("switched to dark: cancelled"));
        window->numberPanel()->showServices();
        walk.walk(window, QStringLiteral("switched to dark: services"));
        window->setReadOnly(true, QStringLiteral("rebind-cli (process 4242)"));
        walk.walk(window, QStringLiteral("switched to dark: read-only"));
        QApplication::setPalette(m_lightPalette);
        QTest::qWait(50);
        walk.walk(window, QStringLiteral("back to light: read-only"));
        walk.report("palette switched while running");
        const qsizetype failed = walk.printFailures();
        QVERIFY2(failed == 0, qPrintable(QStringLiteral("%1 texts under 4.5:1").arg(failed)));
    }

    // The walk catches what it is there for: grey #777 on the dark window, as a style sheet, as
    // a palette colour and as a span inside otherwise readable rich text.
    void plantedGreyIsReported()
    {
        QApplication::setPalette(darkPalette());
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* sheet = new QLabel(QStringLiteral("Planted grey by style sheet"), &window);
        sheet->setStyleSheet(QStringLiteral("color: #777;"));
        auto* palette = new QLabel(QStringLiteral("Planted grey by palette"), &window);
        QPalette grey = palette->palette();
        grey.setColor(QPalette::WindowText, QColor(0x77, 0x77, 0x77));
        palette->setPalette(grey);
        auto* span = new QLabel(
            QStringLiteral("Readable text and <span style=\"color:#777777\">a planted grey</span>"),
            &window);
        auto* fine = new QLabel(QStringLiteral("Readable text"), &window);
        for (QLabel* label : {sheet, palette, span, fine}) {
            layout->addWidget(label);
        }
        show(&window);
        ContrastWalk walk;
        walk.walk(&window, QStringLiteral("planted"));
        walk.report("planted cases");
        QCOMPARE(walk.readings.size(), 4);
        const QList<Reading> failed = walk.failures();
        QCOMPARE(failed.size(), 3);
        for (const Reading& r : failed) {
            QVERIFY2(r.text.contains(QLatin1String("planted"), Qt::CaseInsensitive),
                     qPrintable(r.text));
            QCOMPARE(r.ink.name(), QStringLiteral("#777777"));
            QCOMPARE(r.paper.name(), QStringLiteral("#2b2b2b"));
            // #777 on #2b2b2b: about 3.2:1.
            QVERIFY(r.ratio > 3.0 && r.ratio < 3.4);
        }
        for (const Reading& r : std::as_const(walk.readings)) {
            if (r.text == QLatin1String("Readable text")) {
                QVERIFY(r.ratio > 10.0);
            }
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
