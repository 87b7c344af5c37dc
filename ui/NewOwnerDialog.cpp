// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewOwnerDialog.h"

#include "Appearance.h"
#include "Catalog.h"
#include "DisplayText.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "NewOwnerGuide.h"
#include "SensitiveClipboard.h"
#include "ServiceText.h"
#include "ThemeColors.h"
#include "UrlOpener.h"
#include "Vocabulary.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rebind {

namespace {

constexpr int kNotChecked = -1;

int idOf(std::optional<NewOwnerResult> result)
{
    return result ? static_cast<int>(*result) : kNotChecked;
}

QLabel* wrapped(const QString& text, QWidget* parent, const char* name = nullptr)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (name != nullptr) {
        label->setObjectName(QString::fromLatin1(name));
    }
    return label;
}

const CatalogEntry* entryOf(const QString& id)
{
    return Catalog::builtIn().find(id);
}

} // namespace

NewOwnerDialog::NewOwnerDialog(Inventory* inventory, const NumberRecord& record, QWidget* parent)
    : QDialog(parent), m_inventory(inventory), m_record(record),
      m_language(ServiceText::language()), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("newOwnerDialog"));
    setWindowTitle(tr("New owner of %1").arg(record.number.display()));
    setWindowModality(Qt::WindowModal);

    auto* title =
        wrapped(tr("Is %1 still used by the previous owner?").arg(record.number.display()), this);
    Appearance::setScaledFont(title, 1.4, true);

    m_tabs->setObjectName(QStringLiteral("newOwnerTabs"));
    m_tabs->addTab(createChecksTab(), tr("&Check services"));
    m_tabs->addTab(createRoutesTab(), tr("&Official routes"));
    m_tabs->addTab(createStatementTab(), tr("Calls about &debts"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    loadChecks();
    m_list->setCurrentRow(0);
    showService(m_list->currentRow()); // also when row 0 was current already
    resize(980, 720);
    Appearance::keepFitted(this);
    m_list->setFocus();
}

// ---- checks ------------------------------------------------------------------------------------

QWidget* NewOwnerDialog::createChecksTab()
{
    const NewOwnerGuide& guide = NewOwnerGuide::builtIn();
    auto* page = new QWidget(this);

    auto* howTitle = wrapped(tr("How to check"), page);
    Appearance::setScaledFont(howTitle, 1.1, true);
    auto* how = wrapped(guide.howToCheck.in(m_language), page, "howToCheck");

    m_list = new QListWidget(page);
    m_list->setObjectName(QStringLiteral("newOwnerServices"));
    m_list->setAccessibleName(tr("Services to check"));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const NewOwnerGuide::Service& service : guide.services) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, service.catalogId);
        item->setData(Qt::UserRole + 1, ServiceText::catalogName(service.catalogId));
    }

    auto* detail = new QWidget(page);
    m_serviceName = wrapped(QString(), detail, "newOwnerServiceName");
    Appearance::setScaledFont(m_serviceName, 1.3, true);
    m_checkText = wrapped(QString(), detail, "newOwnerCheckText");

    auto* answers = new QGroupBox(tr("What did you find?"), detail);
    m_answers = new QButtonGroup(this);
    auto* answerLayout = new QVBoxLayout(answers);
    const QList<std::pair<std::optional<NewOwnerResult>, QString>> choices = {
        {NewOwnerResult::Free, tr("&1  Free: no account uses it")},
        {NewOwnerResult::SomeoneElse, tr("&2  Someone else's account uses it")},
        {NewOwnerResult::Mine, tr("&3  My own account")},
        {std::nullopt, tr("&4  Not checked yet")},
    };
    for (const auto& [result, text] : choices) {
        auto* button = new QRadioButton(text, answers);
        button->setObjectName(QStringLiteral("answer-") +
                              (result ? Vocabulary::key(*result) : QStringLiteral("none")));
        m_answers->addButton(button, idOf(result));
        answerLayout->addWidget(button);
    }
    connect(m_answers, &QButtonGroup::idClicked, this, [this](int id) {
        answer(id == kNotChecked ? std::nullopt
                                 : std::optional<NewOwnerResult>(static_cast<NewOwnerResult>(id)));
    });

    m_releaseTitle = wrapped(tr("How to get the number released"), detail);
    Appearance::setScaledFont(m_releaseTitle, 1.1, true);
    m_releaseText = wrapped(QString(), detail, "newOwnerRelease");
    m_officialPage = new QPushButton(tr("Open the official &page"), detail);
    m_officialPage->setObjectName(QStringLiteral("newOwnerOfficialPage"));
    connect(m_officialPage, &QPushButton::clicked, this, [this] {
        if (const CatalogEntry* entry = entryOf(currentService());
            entry != nullptr && !entry->helpUrl.isEmpty()) {
            UrlOpener::open(QUrl(entry->helpUrl));
        }
    });

    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(12, 0, 0, 0);
    detailLayout->setSpacing(10);
    // The answer, then (for someone else's account) what to do about it, then how to check.
    detailLayout->addWidget(m_serviceName);
    detailLayout->addWidget(answers);
    detailLayout->addWidget(m_releaseTitle);
    detailLayout->addWidget(m_releaseText);
    auto* pageRow = new QHBoxLayout;
    pageRow->addWidget(m_officialPage);
    pageRow->addStretch();
    detailLayout->addLayout(pageRow);
    detailLayout->addWidget(howTitle);
    detailLayout->addWidget(m_checkText);
    detailLayout->addWidget(how);
    detailLayout->addStretch();
    auto* detailScroll = new QScrollArea(page);
    detailScroll->setWidget(detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(page);
    splitter->addWidget(m_list);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 620});
    splitter->setChildrenCollapsible(false);

    m_summary = wrapped(QString(), page, "newOwnerSummary");
    Appearance::setScaledFont(m_summary, 1.0, true);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_list, &QListWidget::currentRowChanged, this, &NewOwnerDialog::showService);
    return page;
}

void NewOwnerDialog::loadChecks()
{
    m_results.clear();
    if (m_inventory != nullptr) {
        auto checks = m_inventory->newOwnerChecks(m_record.id);
        if (!checks) {
            MessageBox::error(this, tr("Could not read the checks"), checks.message());
        } else {
            for (const NewOwnerCheck& check : *checks) {
                m_results.insert(check.serviceKey, check.result);
            }
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        updateRow(row);
    }
    updateSummary();
}

QString NewOwnerDialog::currentService() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toString() : QString();
}

QRadioButton* NewOwnerDialog::answerButton(std::optional<NewOwnerResult> result) const
{
    return qobject_cast<QRadioButton*>(m_answers->button(idOf(result)));
}

void NewOwnerDialog::updateRow(int row)
{
    QListWidgetItem* item = m_list->item(row);
    const QString id = item->data(Qt::UserRole).toString();
    const QString name = item->data(Qt::UserRole + 1).toString();
    const auto found = m_results.constFind(id);
    if (found == m_results.cend()) {
        item->setText(name);
        item->setForeground(palette().text());
        return;
    }
    QString mark;
    switch (*found) {
    case NewOwnerResult::Free:
        mark = tr("free");
        break;
    case NewOwnerResult::SomeoneElse:
        mark = tr("someone else's");
        break;
    case NewOwnerResult::Mine:
        mark = tr("mine");
        break;
    }
    item->setText(tr("%1 — %2", "service — check result").arg(name, mark));
    item->setForeground(*found == NewOwnerResult::SomeoneElse
                            ? QBrush(ThemeColors::text(Tone::Danger, palette()))
                            : palette().text());
}

void NewOwnerDialog::showService(int row)
{
    QListWidgetItem* item = m_list->item(row);
    if (item == nullptr) {
        return;
    }
    const NewOwnerGuide& guide = NewOwnerGuide::builtIn();
    const QString id = item->data(Qt::UserRole).toString();
    const NewOwnerGuide::Service* service = guide.service(id);
    m_serviceName->setText(item->data(Qt::UserRole + 1).toString());
    const QString check = service != nullptr ? service->check.in(m_language) : QString();
    m_checkText->setText(check);
    m_checkText->setVisible(!check.isEmpty());
    const auto found = m_results.constFind(id);
    m_answers->button(idOf(found != m_results.cend() ? std::optional(*found) : std::nullopt))
        ->setChecked(true);
    const QString release =
        service != nullptr ? service->release.in(m_language) : guide.genericRelease.in(m_language);
    m_releaseText->setText(release);
    const bool someoneElse = found != m_results.cend() && *found == NewOwnerResult::SomeoneElse;
    m_releaseTitle->setVisible(someoneElse);
    m_releaseText->setVisible(someoneElse);
    const CatalogEntry* entry = entryOf(id);
    m_officialPage->setVisible(someoneElse && entry != nullptr && !entry->helpUrl.isEmpty());
}

void NewOwnerDialog::answer(std::optional<NewOwnerResult> result)
{
    const QString id = currentService();
    if (id.isEmpty() || m_inventory == nullptr) {
        return;
    }
    auto saved = m_inventory->setNewOwnerCheck(m_record.id, id, result);
    if (!saved) {
        MessageBox::error(this, tr("Could not save"), saved.message());
        showService(m_list->currentRow());
        return;
    }
    if (result) {
        m_results.insert(id, *result);
    } else {
        m_results.remove(id);
    }
    updateRow(m_list->currentRow());
    showService(m_list->currentRow());
    updateSummary();
    Q_EMIT changed();
}

void NewOwnerDialog::updateSummary()
{
    int someoneElse = 0;
    for (NewOwnerResult result : std::as_const(m_results)) {
        someoneElse += result == NewOwnerResult::SomeoneElse ? 1 : 0;
    }
    int checked = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        checked += m_results.contains(m_list->item(row)->data(Qt::UserRole).toString()) ? 1 : 0;
    }
    QString text = tr("%1 of %n service(s) checked.", "", m_list->count()).arg(checked);
    if (someoneElse > 0) {
        text += QLatin1Char(' ') +
                tr("%n still used by someone else: see “Official routes” for releasing them all "
                   "at once.",
                   "", someoneElse);
    }
    m_summary->setText(text);
}

// ---- official routes ---------------------------------------------------------------------------

QWidget* NewOwnerDialog::createRoutesTab()
{
    const NewOwnerGuide& guide = NewOwnerGuide::builtIn();
    m_routes = new QTextBrowser(this);
    m_routes->setObjectName(QStringLiteral("newOwnerRoutes"));
    m_routes->setOpenLinks(false);
    QString html;
    for (const NewOwnerGuide::Route& route : guide.routes) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p><ol>")
                    .arg(route.title.in(m_language).toHtmlEscaped(),
                         route.summary.in(m_language).toHtmlEscaped());
        for (const NewOwnerGuide::Step& step : route.steps) {
            html += QStringLiteral("<li style=\"margin-bottom:6px\"><b>%1</b>: %2</li>")
                        .arg(step.label.in(m_language).toHtmlEscaped(),
                             step.text.in(m_language).toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
        if (const QString note = route.note.in(m_language); !note.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
        }
        if (const CatalogEntry* entry = entryOf(route.catalogId);
            entry != nullptr && !entry->helpUrl.isEmpty()) {
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                        .arg(entry->helpUrl.toHtmlEscaped(),
                             tr("Open the official page").toHtmlEscaped());
        }
    }
    m_routes->setHtml(html);
    connect(m_routes, &QTextBrowser::anchorClicked, this,
            [](const QUrl& url) { UrlOpener::open(url); });
    return m_routes;
}

// ---- debt statement ----------------------------------------------------------------------------

QWidget* NewOwnerDialog::createStatementTab()
{
    const NewOwnerGuide& guide = NewOwnerGuide::builtIn();
    auto* page = new QWidget(this);
    auto* intro = wrapped(tr("Calls or messages for the previous owner, such as debt collectors? "
                             "Read out or send this statement. You can change the text before "
                             "copying it; nothing here is saved."),
                          page);
    auto* heading = wrapped(guide.debtTitle.in(m_language), page);
    Appearance::setScaledFont(heading, 1.15, true);

    m_since = new QDateEdit(QDate::currentDate(), page);
    m_since->setObjectName(QStringLiteral("newOwnerSince"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("I got this number on:"), m_since);

    m_statement = new QPlainTextEdit(page);
    m_statement->setObjectName(QStringLiteral("newOwnerStatement"));
    m_statement->setTabChangesFocus(true);
    m_copy = new QPushButton(tr("Co&py the statement"), page);
    m_copy->setObjectName(QStringLiteral("newOwnerCopy"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        // It holds the full number: marked secret, and cleared after a minute or on lock.
        SensitiveClipboard::instance().copy(m_statement->toPlainText());
        m_copy->setText(tr("Copied"));
    });
    connect(m_since, &QDateEdit::dateChanged, this, &NewOwnerDialog::updateStatement);

    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_statement, 1);
    layout->addLayout(copyRow);
    updateStatement();
    return page;
}

void NewOwnerDialog::updateStatement()
{
    m_statement->setPlainText(NewOwnerGuide::builtIn().debtStatement(
        m_language, m_record.number.display(), DisplayText::date(m_since->date())));
    m_copy->setText(tr("Co&py the statement"));
}

} // namespace rebind
