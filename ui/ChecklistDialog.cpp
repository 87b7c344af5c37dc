// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistDialog.h"

#include "Appearance.h"
#include "Catalog.h"
#include "CatalogSearch.h"
#include "ChecklistModel.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "NumberOwner.h"
#include "ServiceDetailDialog.h"
#include "ServiceDetailPanel.h"
#include "ServiceText.h"
#include "ThemeColors.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace rebind {

namespace {

// A button's label as a sentence names it: without its mnemonic ("&Add", "添加(&A)") and
// without a trailing ellipsis.
QString buttonWords(const QString& label)
{
    static const QRegularExpression bracketed(QStringLiteral("[(（]&[^&][)）]"));
    QString text = label;
    text.remove(bracketed);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" is a literal ampersand; "&A" is A
        }
        out += text.at(i);
    }
    out = out.trimmed();
    for (const QString& dots : {QStringLiteral("…"), QStringLiteral("...")}) {
        if (out.endsWith(dots)) {
            out.chop(dots.size());
        }
    }
    return out.trimmed();
}

} // namespace

ChecklistDialog::ChecklistDialog(Inventory* inventory, const NumberRecord& number, QWidget* parent)
    : QDialog(parent), m_inventory(inventory), m_number(number),
      m_language(ServiceText::language()), m_intro(new QLabel(this)), m_search(new QLineEdit(this)),
      m_categories(new QListWidget(this)), m_listTitle(new QLabel(this)),
      m_list(new QListView(this)), m_model(new ChecklistModel(this)),
      m_rolesTitle(new QLabel(this)), m_rolesHint(new QLabel(this)), m_rolesBox(new QWidget(this)),
      m_detail(new ServiceDetailPanel), m_showPublic(new QCheckBox(this)),
      m_custom(new QPushButton(tr("Not in the list? Add your o&wn…"), this)),
      m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("checklistDialog"));
    setWindowTitle(tr("Find services to add for %1").arg(number.number.display()));
    m_model->setLanguage(m_language);
    // The warnings name whose ID card or password is needed: the mother's, not the helper's.
    if (inventory != nullptr) {
        if (const auto person = inventory->person(number.personId)) {
            m_detail->setOwner(NumberOwner::of(*person));
        }
    }

    // Curated: in the order of the number's region (CatalogSearch::sortForRegion). Public: by
    // name.
    for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
        (entry.isCurated() ? m_curated : m_public).append(&entry);
    }
    CatalogSearch::sortForRegion(m_curated, number.number.regionCode());
    const QString language = m_language;
    std::stable_sort(m_public.begin(), m_public.end(),
                     [&language](const CatalogEntry* a, const CatalogEntry* b) {
                         return QString::localeAwareCompare(a->name(language), b->name(language)) <
                                0;
                     });

    // Its text names the Add button as labelled: updateAddButton() writes it.
    m_intro->setObjectName(QStringLiteral("checklistIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("For example: 微信, wx, taobao.com, 95555"));
    m_search->installEventFilter(this);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);

    // Left: categories.
    m_categories->setObjectName(QStringLiteral("categoryList"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setTabKeyNavigation(false);
    m_categories->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* categoriesLabel = new QLabel(tr("&Categories"), this);
    categoriesLabel->setBuddy(m_categories);
    Appearance::setScaledFont(categoriesLabel, 1.0, true);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(categoriesLabel);
    leftLayout->addWidget(m_categories, 1);

    // Middle: services.
    m_listTitle->setObjectName(QStringLiteral("checklistTitle"));
    Appearance::setScaledFont(m_listTitle, 1.0, true);
    m_listTitle->setWordWrap(true);
    m_listTitle->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("serviceList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ChecklistDelegate(m_list));
    m_list->setIconSize(QSize(32, 32));
    m_list->setUniformItemSizes(true);
    // Rows are as wide as the list; long names elide (in full in the tool tip).
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Services"));
    m_list->setStyleSheet(QStringLiteral("QListView::indicator { width: 20px; height: 20px; }"));
    m_listTitle->setBuddy(m_list);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_listTitle);
    middleLayout->addWidget(m_list, 1);

    // Right: the roles of the current service, and its details.
    m_rolesTitle->setObjectName(QStringLiteral("rolesTitle"));
    m_rolesTitle->setWordWrap(true);
    Appearance::setScaledFont(m_rolesTitle, 1.0, true);
    m_rolesTitle->setTextFormat(Qt::PlainText);
    m_rolesHint->setObjectName(QStringLiteral("rolesHint"));
    m_rolesHint->setWordWrap(true);
    ThemeColors::setQuietText(m_rolesHint);
    auto* rolesGrid = new QGridLayout(m_rolesBox);
    rolesGrid->setContentsMargins(0, 0, 0, 0);
    rolesGrid->setHorizontalSpacing(16);
    rolesGrid->setVerticalSpacing(6);
    int index = 0;
    for (BindingRole role : Vocabulary::roles()) {
        auto* box = new QCheckBox(Vocabulary::label(role), m_rolesBox);
        box->setObjectName(QStringLiteral("checklistRole-") + Vocabulary::key(role));
        rolesGrid->addWidget(box, index / 2, index % 2);
        m_roleBoxes.insert(role, box);
        connect(box, &QCheckBox::toggled, this, &ChecklistDialog::rolesEdited);
        ++index;
    }
    auto* rolesFrame = new QFrame(this);
    rolesFrame->setObjectName(QStringLiteral("rolesFrame"));
    rolesFrame->setFrameShape(QFrame::StyledPanel);
    auto* rolesLayout = new QVBoxLayout(rolesFrame);
    rolesLayout->setContentsMargins(12, 10, 12, 10);
    rolesLayout->setSpacing(6);
    rolesLayout->addWidget(m_rolesTitle);
    rolesLayout->addWidget(m_rolesBox);
    rolesLayout->addWidget(m_rolesHint);
    m_detail->setInventory(inventory);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(rolesFrame);
    rightLayout->addWidget(scrollingDetail(m_detail, right), 1);
    QWidget* actions = m_detail->takeActions();
    actions->setParent(right);
    rightLayout->addWidget(actions);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);

    m_showPublic->setObjectName(QStringLiteral("showPublic"));
    m_showPublic->setText(tr("Show &more from public lists"));
    m_showPublic->setToolTip(
        tr("Also list the thousands of websites known from 2fa.directory and JustDeleteMe, "
           "with basic facts only. Searching always includes them."));
    m_custom->setObjectName(QStringLiteral("addCustomService"));
    m_custom->setAutoDefault(false);
    m_add->setObjectName(QStringLiteral("addTicked"));
    m_add->setAutoDefault(false);
    Appearance::setScaledFont(m_add, 1.0, true);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_showPublic);
    buttons->addWidget(m_custom);
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ChecklistDialog::searchChanged);
    // During a search a category narrows what was found (its count says how many).
    connect(m_categories, &QListWidget::currentRowChanged, this, &ChecklistDialog::refreshList);
    connect(m_showPublic, &QCheckBox::toggled, this, [this] {
        fillCategories();
        refreshList();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecklistDialog::updateCurrent);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& current) {
        const CatalogEntry* entry = m_model->entryAt(current.row());
        if (entry != nullptr) {
            m_model->setTicked(*entry, !m_model->isTicked(entry->id));
        }
    });
    connect(m_model, &ChecklistModel::ticksChanged, this, [this] {
        updateAddButton();
        updateCurrent();
    });
    connect(m_custom, &QPushButton::clicked, this,
            [this] { Q_EMIT customServiceRequested(m_search->text().trimmed()); });
    connect(m_add, &QPushButton::clicked, this, [this] { addTicked(); });
    connect(close, &QPushButton::clicked, this, &ChecklistDialog::reject);

    loadAdded();
    fillCategories();
    m_categories->setCurrentRow(0);
    refreshList();
    updateAddButton();

    QSize size(1240, 780);
    if (const QScreen* current = parent != nullptr ? parent->screen() : screen()) {
        size = size.boundedTo(current->availableGeometry().size() - QSize(40, 60));
    }
    resize(size);
    const int leftWidth = std::max(m_categories->minimumWidth(), 220);
    const int rest = size.width() - leftWidth - 40;
    splitter->setSizes({leftWidth, rest * 9 / 20, rest * 11 / 20});
    m_search->setFocus();
}

void ChecklistDialog::loadAdded()
{
    QSet<QString> added;
    auto services = m_inventory->services();
    auto bindings = m_inventory->bindings(m_number.id);
    if (!services || !bindings) {
        MessageBox::error(this, tr("Rebind"), !services ? services.message() : bindings.message());
        return;
    }
    QHash<qint64, QString> catalogIds;
    for (const Service& service : *services) {
        catalogIds.insert(service.id, service.catalogId);
    }
    for (const Binding& binding : *bindings) {
        const QString id = catalogIds.value(binding.serviceId);
        if (!id.isEmpty()) {
            added.insert(id);
        }
    }
    m_model->setAdded(added);
}

QList<const CatalogEntry*> ChecklistDialog::inCategory(const QString& key) const
{
    QList<const CatalogEntry*> out;
    if (!m_searchTerm.isEmpty()) {
        for (const CatalogEntry* entry : m_hits) {
            if (key == allCommonKey() || entry->category == key) {
                out.append(entry);
            }
        }
        return out;
    }
    for (const CatalogEntry* entry : m_curated) {
        if (key == allCommonKey() || entry->category == key) {
            out.append(entry);
        }
    }
    if (m_showPublic->isChecked()) {
        for (const CatalogEntry* entry : m_public) {
            if (key == allCommonKey() || entry->category == key) {
                out.append(entry);
            }
        }
    }
    return out;
}

void ChecklistDialog::searchChanged()
{
    const QString term = m_search->text().trimmed();
    const bool started = m_searchTerm.isEmpty() && !term.isEmpty();
    m_searchTerm = term;
    m_hits =
        term.isEmpty() ? QList<const CatalogEntry*>() : CatalogSearch::builtIn().search(term, 200);
    if (started) {
        // A search looks everywhere, whichever category was open.
        const QSignalBlocker blocker(m_categories);
        m_categories->setCurrentRow(0);
    }
    fillCategories();
    refreshList();
}

void ChecklistDialog::fillCategories()
{
    const QString current = currentCategory();
    const bool searching = !m_searchTerm.isEmpty();
    const QSignalBlocker blocker(m_categories);
    m_categories->clear();
    const auto add = [this](const QString& label, const QString& key, int count) {
        auto* item = new QListWidgetItem(tr("%1 (%2)", "category (count)").arg(label).arg(count),
                                         m_categories);
        item->setData(Qt::UserRole, key);
        item->setToolTip(label);
        if (count == 0) {
            // Nothing found there: kept in place so that the list does not jump while typing.
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    };
    const QString allLabel = searching                   ? tr("All results")
                             : m_showPublic->isChecked() ? tr("All services")
                                                         : tr("All common services");
    add(allLabel, allCommonKey(), static_cast<int>(inCategory(allCommonKey()).size()));
    QSet<QString> listed; // the categories shown without a search
    for (const CatalogEntry* entry : m_curated) {
        listed.insert(entry->category);
    }
    if (m_showPublic->isChecked()) {
        for (const CatalogEntry* entry : m_public) {
            listed.insert(entry->category);
        }
    }
    for (const QString& key : Vocabulary::categoryKeys()) {
        const int count = static_cast<int>(inCategory(key).size());
        if (count > 0 || (searching && listed.contains(key))) {
            add(Vocabulary::categoryLabel(key), key, count);
        }
    }
    QListWidgetItem* first = m_categories->item(0);
    for (int row = 0; row < m_categories->count(); ++row) {
        QListWidgetItem* item = m_categories->item(row);
        if (item->data(Qt::UserRole).toString() == current &&
            item->flags().testFlag(Qt::ItemIsEnabled)) {
            first = item;
        }
    }
    if (first != nullptr) {
        m_categories->setCurrentItem(first);
    }
    QFont bold = m_categories->font();
    bold.setBold(true);
    if (QListWidgetItem* all = m_categories->item(0)) {
        all->setFont(bold);
    }
    // Every category readable in full: the list is as wide as its longest line.
    // Only ever wider, so that it does not jump as the counts change while typing.
    const int wanted = m_categories->sizeHintForColumn(0) + 2 * m_categories->frameWidth() +
                       m_categories->verticalScrollBar()->sizeHint().width() + 8;
    m_categories->setMinimumWidth(std::max(wanted, m_categories->minimumWidth()));
}

QString ChecklistDialog::currentCategory() const
{
    const QListWidgetItem* item = m_categories->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toString() : allCommonKey();
}

void ChecklistDialog::showCategory(const QString& key)
{
    m_search->clear(); // refills the categories
    for (int row = 0; row < m_categories->count(); ++row) {
        if (m_categories->item(row)->data(Qt::UserRole).toString() == key) {
            m_categories->setCurrentRow(row);
            refreshList();
            return;
        }
    }
}

void ChecklistDialog::refreshList()
{
    const QString term = m_searchTerm;
    const QString previous = currentEntry() != nullptr ? currentEntry()->id : QString();
    QList<const CatalogEntry*> entries;
    QString title;
    if (!term.isEmpty()) {
        const QString key = currentCategory();
        entries = inCategory(key);
        const int count = static_cast<int>(entries.size());
        if (m_hits.isEmpty()) {
            title = tr("Nothing found for “%1”. Try another spelling, or add "
                       "it yourself with “%2”.")
                        .arg(term, buttonWords(m_custom->text()));
        } else if (key == allCommonKey()) {
            title = tr("Found for “%1”: %n service(s)", "", count).arg(term);
        } else {
            title = tr("Found for “%1” in %2: %n service(s)", "", count)
                        .arg(term, Vocabulary::categoryLabel(key));
        }
    } else {
        const QString key = currentCategory();
        entries = inCategory(key);
        const QString label = key != allCommonKey()       ? Vocabulary::categoryLabel(key)
                              : m_showPublic->isChecked() ? tr("All services")
                                                          : tr("All common services");
        title = tr("%1: %n service(s)", "", static_cast<int>(entries.size())).arg(label);
    }
    // The title is the list's buddy, which makes "&" a mnemonic ("Social & messaging").
    m_listTitle->setText(title.replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_model->setEntries(entries);
    int row = previous.isEmpty() ? -1 : m_model->rowOf(previous);
    if (row < 0 && m_model->rowCount() > 0) {
        row = 0;
    }
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row));
    }
    updateCurrent();
}

const CatalogEntry* ChecklistDialog::currentEntry() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->entryAt(current.row()) : nullptr;
}

bool ChecklistDialog::selectService(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    return true;
}

void ChecklistDialog::setTicked(const QString& id, bool ticked)
{
    if (const CatalogEntry* entry = Catalog::builtIn().find(id)) {
        m_model->setTicked(*entry, ticked);
    }
}

QStringList ChecklistDialog::shownIds() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        out << m_model->entryAt(row)->id;
    }
    return out;
}

void ChecklistDialog::updateCurrent()
{
    const CatalogEntry* entry = currentEntry();
    if (entry == nullptr) {
        if (!m_detail->isEmpty()) {
            m_detail->clear();
        }
        m_rolesTitle->setText(tr("Choose a service in the list to see what to do."));
        m_rolesBox->setVisible(false);
        m_rolesHint->setVisible(false);
        return;
    }
    if (m_detail->serviceKey() != entry->id) {
        m_detail->showEntry(*entry);
    }
    const QString name = entry->name(m_language);
    const bool ticked = m_model->isTicked(entry->id);
    const bool added = m_model->isAdded(entry->id);
    m_rolesTitle->setText(tr("%1 uses the number for:").arg(name));
    m_rolesBox->setVisible(true);
    const BindingRoles roles = ticked ? m_model->roles(entry->id) : entry->defaultRoles();
    m_updatingRoles = true;
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it) {
        it.value()->setChecked(roles.testFlag(it.key()));
        it.value()->setEnabled(ticked);
    }
    m_updatingRoles = false;
    m_rolesHint->setText(added    ? tr("Already in this number's list. Change it there with Edit.")
                         : ticked ? tr("Ticked. Change the roles if they are not right.")
                                  : tr("Tick it in the list (Space) to add it with these roles."));
    m_rolesHint->setVisible(true);
}

void ChecklistDialog::rolesEdited()
{
    const CatalogEntry* entry = currentEntry();
    if (m_updatingRoles || entry == nullptr || !m_model->isTicked(entry->id)) {
        return;
    }
    BindingRoles roles;
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it) {
        if (it.value()->isChecked()) {
            roles |= it.key();
        }
    }
    m_model->setRoles(entry->id, roles);
}

void ChecklistDialog::updateAddButton()
{
    const int count = static_cast<int>(m_model->tickedIds().size());
    m_add->setText(count == 0 ? tr("&Add services") : tr("&Add %n service(s)", "", count));
    m_add->setEnabled(count > 0);
    m_intro->setText(tr("Tick every service that uses %1, then press “%2”. Search by name, "
                        "pinyin, web address or the sender of its SMS (for example 95555).")
                         .arg(m_number.number.display(), buttonWords(m_add->text())));
}

bool ChecklistDialog::addTicked()
{
    const QStringList ids = m_model->tickedIds();
    if (ids.isEmpty()) {
        return false;
    }
    QList<qint64> bindingIds;
    QStringList addedIds;
    QStringList addedNames;
    QStringList failures;
    for (const QString& id : ids) {
        const CatalogEntry* entry = Catalog::builtIn().find(id);
        if (entry == nullptr) {
            continue;
        }
        Service service;
        service.catalogId = entry->id;
        service.name = entry->name(m_language);
        service.category = entry->category;
        service.url = entry->helpUrl;
        Binding binding;
        binding.numberId = m_number.id;
        binding.roles = m_model->roles(id);
        binding.action = BindingAction::Rebind;
        if (m_number.cancelDate.isValid()) {
            // Leave time to act while the old number still receives codes.
            binding.due = m_number.cancelDate.addDays(-14);
        }
        auto added = m_inventory->addBinding(binding, service);
        if (added) {
            bindingIds.append(*added);
            addedIds.append(id);
            addedNames.append(service.name);
        } else {
            failures.append(tr("%1: %2").arg(service.name, added.message()));
        }
    }
    if (!bindingIds.isEmpty()) {
        Q_EMIT bindingsAdded(bindingIds, addedNames);
    }
    if (failures.isEmpty()) {
        accept();
        return true;
    }
    // Keep what failed ticked, so that nothing is lost; show the added ones as added.
    loadAdded();
    refreshList();
    QString text = tr("%n service(s) could not be added:", "", static_cast<int>(failures.size())) +
                   QStringLiteral("\n\n") + failures.join(QLatin1Char('\n'));
    if (!addedNames.isEmpty()) {
        text = tr("Added: %1.").arg(addedNames.join(tr(", "))) + QStringLiteral("\n\n") + text;
    }
    MessageBox::warning(this, windowTitle(), text);
    return false;
}

void ChecklistDialog::reject()
{
    const int count = static_cast<int>(m_model->tickedIds().size());
    if (count > 0 &&
        MessageBox::question(this, windowTitle(),
                             tr("Close without adding the %n ticked service(s)?", "", count),
                             tr("Close")) != QMessageBox::Yes) {
        return;
    }
    QDialog::reject();
}

bool ChecklistDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            // From the search box straight into the results.
            m_list->setFocus();
            if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0) {
                m_list->setCurrentIndex(m_model->index(0));
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace rebind
