// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BindingDialog.h"

#include "Catalog.h"
#include "CatalogSearch.h"
#include "OptionalDateEdit.h"
#include "ServiceText.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace rebind {

namespace {
QList<Service> sortedByName(QList<Service> services)
{
    std::sort(services.begin(), services.end(), [](const Service& a, const Service& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return services;
}
} // namespace

BindingDialog::BindingDialog(const Binding& binding, const QList<Service>& services,
                             QWidget* parent)
    : FormDialog(parent), m_original(binding), m_services(sortedByName(services)),
      m_service(new QComboBox(this)), m_newServiceNote(new QLabel(this)),
      m_catalogMatch(new QCheckBox(this)), m_category(new QComboBox(this)),
      m_url(new QLineEdit(this)), m_account(new QLineEdit(this)), m_action(new QComboBox(this)),
      m_status(new QComboBox(this)), m_due(new OptionalDateEdit(tr("Set a date"), this)),
      m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("bindingDialog"));
    setWindowTitle(binding.id == 0 ? tr("Add a service") : tr("Edit service"));

    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_service->setEditable(true);
    m_service->setInsertPolicy(QComboBox::NoInsert);
    for (const Service& service : m_services) {
        m_service->addItem(service.name, service.id);
    }
    m_service->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_service->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_service->lineEdit()->setPlaceholderText(tr("For example: WeChat, Alipay, a bank"));
    const int current = m_service->findData(binding.serviceId);
    m_service->setCurrentIndex(binding.serviceId != 0 ? current : -1);
    if (m_service->currentIndex() < 0) {
        m_service->setEditText(QString());
    }

    m_newServiceNote->setObjectName(QStringLiteral("newServiceNote"));
    m_newServiceNote->setWordWrap(true);
    m_catalogMatch->setObjectName(QStringLiteral("catalogMatchBox"));
    m_catalogMatch->setVisible(false);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const QString& key : Vocabulary::categoryKeys()) {
        m_category->addItem(Vocabulary::categoryLabel(key), key);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(QStringLiteral("other"))));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("Web address (optional)"));

    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setPlaceholderText(tr("User name, e-mail or card ending (optional)"));
    m_account->setText(binding.account);

    auto* roles = new QWidget(this);
    auto* rolesLayout = new QGridLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->setHorizontalSpacing(20);
    rolesLayout->setVerticalSpacing(8);
    int index = 0;
    for (BindingRole role : Vocabulary::roles()) {
        auto* box = new QCheckBox(Vocabulary::label(role), roles);
        box->setObjectName(QStringLiteral("role-") + Vocabulary::key(role));
        box->setChecked(binding.roles.testFlag(role));
        rolesLayout->addWidget(box, index / 2, index % 2);
        m_roles.insert(role, box);
        ++index;
    }

    m_action->setObjectName(QStringLiteral("actionCombo"));
    for (BindingAction action : Vocabulary::actions()) {
        m_action->addItem(Vocabulary::label(action), static_cast<int>(action));
    }
    m_action->setCurrentIndex(std::max(0, m_action->findData(static_cast<int>(binding.action))));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (BindingStatus status : Vocabulary::statuses()) {
        m_status->addItem(Vocabulary::label(status), static_cast<int>(status));
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(binding.status))));
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setDate(binding.due);

    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlainText(binding.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 16);

    form()->addRow(tr("Ser&vice:"), m_service);
    form()->addRow(QString(), m_catalogMatch);
    form()->addRow(QString(), m_newServiceNote);
    form()->addRow(tr("Cate&gory:"), m_category);
    form()->addRow(tr("&Web address:"), m_url);
    form()->addRow(tr("A&ccount:"), m_account);
    form()->addRow(tr("The number is used for:"), roles);
    form()->addRow(tr("W&hat to do:"), m_action);
    form()->addRow(tr("S&tatus:"), m_status);
    form()->addRow(tr("&Due:"), m_due);
    form()->addRow(tr("N&otes:"), m_notes);

    connect(m_service, &QComboBox::editTextChanged, this, &BindingDialog::updateServiceDetails);
    connect(m_service, &QComboBox::currentIndexChanged, this, &BindingDialog::updateServiceDetails);
    connect(m_catalogMatch, &QCheckBox::clicked, this, [this] {
        m_matchTouched = true;
        updateServiceDetails();
    });
    updateServiceDetails();
    m_service->setFocus();
}

const Service* BindingDialog::existingService() const
{
    const QString name = m_service->currentText().trimmed();
    if (name.isEmpty()) {
        return nullptr;
    }
    const auto found =
        std::find_if(m_services.cbegin(), m_services.cend(), [&name](const Service& s) {
            return s.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    return found == m_services.cend() ? nullptr : &*found;
}

bool BindingDialog::isNewService() const
{
    return existingService() == nullptr && catalogId().isEmpty() &&
           !m_service->currentText().trimmed().isEmpty();
}

QString BindingDialog::catalogId() const
{
    return m_catalogMatch->isVisible() && m_catalogMatch->isChecked() ? m_matchedId : QString();
}

void BindingDialog::updateServiceDetails()
{
    const QString typed = m_service->currentText().trimmed();
    const Service* existing = existingService();

    // The same search as the checklist: "wx", "zfb", "95555" or "taobao.com" find the service.
    const CatalogEntry* match = nullptr;
    if (existing == nullptr && !typed.isEmpty()) {
        const auto hits = CatalogSearch::builtIn().search(typed, 1);
        if (!hits.isEmpty() && CatalogSearch::builtIn().score(*hits.first(), typed) >= 80) {
            match = hits.first();
        }
    }
    if (match == nullptr) {
        m_matchedId.clear();
        m_catalogMatch->setVisible(false);
    } else {
        if (match->id != m_matchedId) {
            m_matchedId = match->id;
            m_matchTouched = false;
            const QString language = ServiceText::language();
            const QString other =
                match->name(language.startsWith(QLatin1String("zh")) ? QStringLiteral("en")
                                                                     : QStringLiteral("zh"));
            const QString name = match->name(language);
            m_catalogMatch->setText(
                tr("Use %1 from the service catalog, with its steps")
                    .arg(other == name ? name
                                       : tr("%1 (%2)", "service name (in the other language)")
                                             .arg(name, other)));
        }
        // An exact name or alias is surely meant; a partial match is offered, not imposed; and
        // once the person has ticked or unticked it, their choice stands.
        if (!m_matchTouched) {
            const QSignalBlocker quiet(m_catalogMatch);
            m_catalogMatch->setChecked(CatalogSearch::builtIn().score(*match, typed) >= 100);
        }
        m_catalogMatch->setVisible(true);
    }
    const CatalogEntry* chosen =
        catalogId().isEmpty() ? nullptr : Catalog::builtIn().find(catalogId());

    const bool isNew = existing == nullptr && chosen == nullptr && !typed.isEmpty();
    m_category->setEnabled(isNew || typed.isEmpty());
    m_url->setEnabled(isNew || typed.isEmpty());
    if (existing != nullptr) {
        m_category->setCurrentIndex(std::max(0, m_category->findData(existing->category)));
        m_url->setText(existing->url);
    } else if (chosen != nullptr) {
        m_category->setCurrentIndex(std::max(0, m_category->findData(chosen->category)));
        m_url->setText(chosen->helpUrl);
    } else if (m_showingExisting) {
        // Back to a new name: do not carry the other service's details over.
        m_category->setCurrentIndex(std::max(0, m_category->findData(QStringLiteral("other"))));
        m_url->clear();
    }
    m_showingExisting = existing != nullptr || chosen != nullptr;
    m_newServiceNote->setText(
        isNew ? tr("“%1” is new: it will be added to your services.").arg(typed) : QString());
    m_newServiceNote->setVisible(isNew);
}

Service BindingDialog::service() const
{
    if (const Service* existing = existingService()) {
        return *existing;
    }
    if (const CatalogEntry* entry = Catalog::builtIn().find(catalogId())) {
        Service fromCatalog;
        fromCatalog.catalogId = entry->id;
        fromCatalog.name = entry->name(ServiceText::language());
        fromCatalog.category = entry->category;
        fromCatalog.url = entry->helpUrl;
        return fromCatalog;
    }
    Service wanted;
    wanted.name = m_service->currentText().trimmed();
    wanted.category = m_category->currentData().toString();
    wanted.url = m_url->text().trimmed();
    return wanted;
}

Binding BindingDialog::binding() const
{
    Binding out = m_original;
    const Service* existing = existingService();
    out.serviceId = existing != nullptr ? existing->id : 0;
    out.account = m_account->text().trimmed();
    BindingRoles roles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked()) {
            roles |= it.key();
        }
    }
    out.roles = roles;
    out.action = static_cast<BindingAction>(m_action->currentData().toInt());
    out.status = static_cast<BindingStatus>(m_status->currentData().toInt());
    out.due = m_due->date();
    out.notes = m_notes->toPlainText();
    return out;
}

QString BindingDialog::check()
{
    if (m_service->currentText().trimmed().isEmpty()) {
        m_service->setFocus();
        return tr("Please enter the service: the app, bank or website.");
    }
    if (const QString problem = m_due->problem(); !problem.isEmpty()) {
        m_due->setFocus();
        return problem;
    }
    return QString();
}

FormDialog::Subject BindingDialog::subject() const
{
    return {QStringLiteral("binding"), m_original.id, m_original.numberId};
}

} // namespace rebind
