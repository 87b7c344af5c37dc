// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryDialog.h"

#include "Appearance.h"
#include "Catalog.h"
#include "DisplayText.h"
#include "FileDialogs.h"
#include "FindingAdder.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "ServiceText.h"
#include "VendorBackupNotice.h"
#include "Vocabulary.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rebind {

namespace {
constexpr int kFindingRole = Qt::UserRole + 1; // index into m_findings

// Where Finder and iTunes keep iPhone backups on this computer, when it has any.
QString mobileSyncBackups()
{
    QStringList candidates{QDir::homePath() +
                               QStringLiteral("/Library/Application Support/MobileSync/Backup"),
                           QDir::homePath() + QStringLiteral("/Apple/MobileSync/Backup")};
    if (const QString appData = qEnvironmentVariable("APPDATA"); !appData.isEmpty()) {
        candidates.prepend(appData + QStringLiteral("/Apple Computer/MobileSync/Backup"));
    }
    for (const QString& candidate : std::as_const(candidates)) {
        if (QDir(candidate).exists()) {
            return candidate;
        }
    }
    return {};
}
} // namespace

DiscoveryDialog::DiscoveryDialog(Inventory* inventory, const NumberRecord& number, QWidget* parent)
    : QDialog(parent), m_inventory(inventory), m_number(number), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_results(new QTreeWidget(this)),
      m_choose(new QPushButton(tr("&Choose a file…"), this)),
      m_chooseFolder(new QPushButton(tr("Choose an &iPhone backup folder…"), this)),
      m_cancel(new QPushButton(tr("&Stop"), this)),
      m_add(new QPushButton(tr("&Add the ticked services"), this))
{
    setObjectName(QStringLiteral("discoveryDialog"));
    setWindowTitle(tr("Find services in my messages and passwords"));
    setWindowModality(Qt::WindowModal);

    auto* title = new QLabel(tr("Which services use %1?").arg(number.number.display()), this);
    Appearance::setScaledFont(title, 1.3, true);
    title->setWordWrap(true);
    auto* intro = new QLabel(
        tr("Choose an export of your text messages (SMS Backup & Restore on Android, a .vmsg "
           "file that many Android phones export, an Android message database such as "
           "mmssms.db, an iPhone backup folder, or a CSV file) or of your saved passwords "
           "(Chrome, Edge, Firefox, Bitwarden, KeePassXC, 1Password, Apple Passwords). Rebind "
           "reads it on this computer only and keeps nothing from it: only which services were "
           "found. Delete the export afterwards."),
        this);
    intro->setWordWrap(true);
    auto* iphone = new QLabel(
        tr("iPhone: back the phone up to this computer with Finder (Mac), iTunes or Apple Devices "
           "(Windows) or 爱思助手, with “Encrypt local backup” turned off, then choose the "
           "backup’s folder (one per device, named like 00008110-001A2B3C4D5E801E). Finder and "
           "iTunes keep them in ~/Library/Application Support/MobileSync/Backup on a Mac and in "
           "%APPDATA%\\Apple Computer\\MobileSync\\Backup on Windows; 爱思助手 shows its "
           "backup folder in its backup settings."),
        this);
    iphone->setObjectName(QStringLiteral("discoveryIphoneHelp"));
    iphone->setWordWrap(true);
    iphone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Phones sold in China often lack SMS Backup & Restore, and their own backups are closed.
    auto* phoneHelp = new QLabel(tr("Android: Xiaomi .bak files, encrypted Huawei or Honor "
                                    "backups and .ab backups cannot be read.") +
                                     QLatin1Char(' ') + VendorBackupNotice::exportRoute(),
                                 this);
    phoneHelp->setObjectName(QStringLiteral("discoveryPhoneHelp"));
    phoneHelp->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("discoveryCancel"));
    m_cancel->hide();
    m_choose->setObjectName(QStringLiteral("discoveryChoose"));
    m_chooseFolder->setObjectName(QStringLiteral("discoveryChooseFolder"));
    m_add->setObjectName(QStringLiteral("discoveryAdd"));
    m_add->setEnabled(false);

    m_results->setObjectName(QStringLiteral("discoveryResults"));
    m_results->setColumnCount(4);
    m_results->setHeaderLabels({tr("Service"), tr("Found by"), tr("Seen"), tr("Example (masked)")});
    m_results->setAlternatingRowColors(true);
    m_results->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->header()->setStretchLastSection(true);
    m_results->setAccessibleName(tr("Services found"));

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_choose, QDialogButtonBox::ActionRole);
    buttons->addButton(m_chooseFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &DiscoveryDialog::chooseFile);
    connect(m_chooseFolder, &QPushButton::clicked, this, &DiscoveryDialog::chooseFolder);
    connect(m_cancel, &QPushButton::clicked, this, &DiscoveryDialog::cancel);
    connect(m_add, &QPushButton::clicked, this, [this] { addTicked(); });
    connect(m_results, &QTreeWidget::itemChanged, this, &DiscoveryDialog::updateAddButton);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(iphone);
    layout->addWidget(phoneHelp);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(1120, 660);
    Appearance::keepFitted(this);
    loadListed();
    m_choose->setFocus();
}

DiscoveryDialog::~DiscoveryDialog()
{
    if (m_thread != nullptr) {
        m_stop->store(true);
        m_thread->wait();
    }
}

void DiscoveryDialog::loadListed()
{
    m_listed.clear();
    if (m_inventory != nullptr) {
        if (auto keys = FindingAdder::listed(*m_inventory, m_number.id)) {
            m_listed = *std::move(keys);
        }
    }
}

void DiscoveryDialog::chooseFile()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Choose an SMS backup or a password export"), QString(),
        tr("Exports (*.xml *.csv *.json *.db *.sqlite *.vmsg *.vmg);;All files (*)"));
    if (!path.isEmpty()) {
        scan(path);
    }
}

void DiscoveryDialog::chooseFolder()
{
    const QString path = FileDialogs::existingDirectory(
        this, tr("Choose the folder of an iPhone backup"), mobileSyncBackups());
    if (!path.isEmpty()) {
        scan(path);
    }
}

void DiscoveryDialog::scan(const QString& path)
{
    if (m_thread != nullptr) {
        return;
    }
    m_findings.clear();
    m_results->clear();
    m_add->setEnabled(false);
    m_choose->setEnabled(false);
    m_chooseFolder->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Reading %1…").arg(path));
    m_stop = std::make_shared<std::atomic_bool>(false);
    const auto stop = m_stop;
    const PhoneNumber number = m_number.number;
    QPointer<DiscoveryDialog> self(this);
    // Off the UI thread: a backup of years of messages takes a while to read.
    m_thread = QThread::create([self, stop, path, number] {
        auto result =
            DiscoveryScanner::scan(path, Catalog::builtIn(), number, [self, stop](int perMille) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, perMille] {
                        if (self) {
                            self->m_progress->setValue(perMille);
                        }
                    },
                    Qt::QueuedConnection);
                return !stop->load();
            });
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self) {
                    self->finished(result);
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void DiscoveryDialog::cancel()
{
    if (m_stop) {
        m_stop->store(true);
    }
}

void DiscoveryDialog::reject()
{
    cancel();
    QDialog::reject();
}

void DiscoveryDialog::finished(const rebind::Result<DiscoveryScanner::Result>& result)
{
    if (m_thread != nullptr) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_progress->hide();
    m_cancel->hide();
    m_choose->setEnabled(true);
    m_chooseFolder->setEnabled(true);
    if (!result) {
        m_status->setText(result.message());
        Q_EMIT scanFinished();
        return;
    }
    m_findings = result->findings;
    QString status = result->source == DiscoveryScanner::Source::Sms
                         ? tr("%n message(s) read.", "", static_cast<int>(result->items))
                         : tr("%n saved login(s) read.", "", static_cast<int>(result->items));
    status +=
        QLatin1Char(' ') + tr("%n service(s) found.", "", static_cast<int>(m_findings.size()));
    if (result->cancelled) {
        status += QLatin1Char(' ') + tr("Stopped before the end of the file.");
    }
    for (const QString& warning : result->warnings) {
        status += QLatin1Char('\n') + warning;
    }
    m_status->setText(status);
    showFindings();
    Q_EMIT scanFinished();
}

void DiscoveryDialog::showFindings()
{
    m_results->clear();
    const QSignalBlocker blocker(m_results);
    QHash<QString, QTreeWidgetItem*> groups;
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings.at(i);
        const QString category = f.entry != nullptr ? f.entry->category : QStringLiteral("other");
        QTreeWidgetItem*& group = groups[category];
        if (group == nullptr) {
            group = new QTreeWidgetItem(m_results, {Vocabulary::categoryLabel(category)});
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        QString name = f.name;
        if (f.entry == nullptr) {
            name = tr("%1 (not in the catalog)").arg(f.name);
        }
        QStringList found;
        found.append(f.evidence);
        if (f.codes) {
            found.append(tr("sends codes"));
        }
        if (f.loginIsPhone) {
            found.append(tr("your number is the login"));
        }
        const QDate first = f.firstSeen.toLocalTime().date();
        const QDate last = f.lastSeen.toLocalTime().date();
        QString seen = tr("%n time(s)", "", static_cast<int>(f.count));
        if (f.firstSeen.isValid()) {
            seen = first == last ? tr("%n time(s), %1", "", static_cast<int>(f.count))
                                       .arg(DisplayText::date(last))
                                 : tr("%n time(s), %1 – %2", "", static_cast<int>(f.count))
                                       .arg(DisplayText::date(first), DisplayText::date(last));
        }
        auto* item =
            new QTreeWidgetItem(group, {name, found.join(QStringLiteral(" · ")), seen, f.excerpt});
        item->setData(0, kFindingRole, static_cast<int>(i));
        const bool listed = m_listed.contains(FindingAdder::listedKey(f));
        if (listed) {
            item->setText(0, tr("%1 (already listed)").arg(name));
            item->setFlags(Qt::ItemIsEnabled);
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            // Known services are ticked; unrecognised ones are the person's call.
            item->setCheckState(0, f.entry != nullptr ? Qt::Checked : Qt::Unchecked);
        }
    }
    // Names in full; evidence and dates within reason; the excerpt takes the rest.
    const int limit = m_results->fontMetrics().averageCharWidth() * 30;
    for (int column : {0, 1, 2}) {
        m_results->resizeColumnToContents(column);
        if (column > 0 && m_results->columnWidth(column) > limit) {
            m_results->setColumnWidth(column, limit);
        }
    }
    updateAddButton();
}

void DiscoveryDialog::updateAddButton()
{
    int ticked = 0;
    for (QTreeWidgetItemIterator it(m_results); *it != nullptr; ++it) {
        ticked += (*it)->checkState(0) == Qt::Checked ? 1 : 0;
    }
    m_add->setEnabled(ticked > 0 && m_inventory != nullptr);
    m_add->setText(ticked > 0 ? tr("&Add %n service(s)", "", ticked)
                              : tr("&Add the ticked services"));
}

int DiscoveryDialog::addTicked()
{
    if (m_inventory == nullptr) {
        return 0;
    }
    QList<Finding> chosen;
    for (QTreeWidgetItemIterator it(m_results); *it != nullptr; ++it) {
        if ((*it)->checkState(0) == Qt::Checked) {
            chosen.append(m_findings.at((*it)->data(0, kFindingRole).toInt()));
        }
    }
    auto added = FindingAdder::add(*m_inventory, m_number.id, chosen, ServiceText::language());
    if (!added) {
        MessageBox::error(this, tr("Could not add"), added.message());
        return 0;
    }
    loadListed();
    showFindings();
    m_status->setText(tr("Added %n service(s) to %1.", "", *added).arg(m_number.number.display()));
    Q_EMIT changed();
    return *added;
}

} // namespace rebind
