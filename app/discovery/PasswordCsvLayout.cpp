// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordCsvLayout.h"

#include <algorithm>

namespace rebind {

namespace {

class Columns
{
public:
    explicit Columns(const QStringList& header)
    {
        m_names.reserve(header.size());
        for (QString name : header) {
            name.remove(QChar(0xFEFF)); // a second byte order mark, from exporters that add one
            m_names.append(name.trimmed().toLower());
        }
    }

    qsizetype find(QLatin1String name) const { return m_names.indexOf(name); }
    bool has(QLatin1String name) const { return find(name) >= 0; }
    bool hasAll(std::initializer_list<QLatin1String> names) const
    {
        for (const QLatin1String name : names) {
            if (!has(name)) {
                return false;
            }
        }
        return true;
    }
    bool hasAny(std::initializer_list<QLatin1String> names) const
    {
        for (const QLatin1String name : names) {
            if (has(name)) {
                return true;
            }
        }
        return false;
    }
    // Every column is one of these.
    bool onlyFrom(std::initializer_list<QLatin1String> names) const
    {
        for (const QString& column : m_names) {
            if (std::find(names.begin(), names.end(), column) == names.end()) {
                return false;
            }
        }
        return true;
    }

private:
    QStringList m_names;
};

} // namespace

std::optional<PasswordCsvLayout> PasswordCsvLayout::fromHeader(const QStringList& header)
{
    const Columns columns(header);
    const QLatin1String url("url");
    const QLatin1String username("username");
    const QLatin1String password("password");
    const QLatin1String title("title");
    PasswordCsvLayout layout;

    // From the most distinctive header to the least: Apple's and 1Password's share every
    // required name, and Chrome's names are a subset of LastPass's and others'.
    if (columns.hasAll({QLatin1String("login_uri"), QLatin1String("login_username"),
                        QLatin1String("login_password"), QLatin1String("name")})) {
        layout.format = PasswordFormat::BitwardenCsv;
        layout.url = columns.find(QLatin1String("login_uri"));
        layout.username = columns.find(QLatin1String("login_username"));
        layout.title = columns.find(QLatin1String("name"));
        layout.itemType = columns.find(QLatin1String("type"));
        layout.severalUrls = true;
        return layout;
    }
    if (columns.hasAll({url, username, password}) &&
        columns.hasAny({QLatin1String("httprealm"), QLatin1String("formactionorigin"),
                        QLatin1String("guid")})) {
        layout.format = PasswordFormat::Firefox;
        layout.url = columns.find(url);
        layout.username = columns.find(username);
        return layout;
    }
    if (columns.hasAll({QLatin1String("group"), title, username, password, url})) {
        layout.format = PasswordFormat::KeePassXc;
        layout.url = columns.find(url);
        layout.username = columns.find(username);
        layout.title = columns.find(title);
        return layout;
    }
    const QLatin1String website("website");
    if (columns.hasAll({title, username, password}) && columns.hasAny({url, website}) &&
        columns.hasAny({website, QLatin1String("favorite"), QLatin1String("archived"),
                        QLatin1String("tags")})) {
        layout.format = PasswordFormat::OnePassword;
        layout.url = columns.has(url) ? columns.find(url) : columns.find(website);
        layout.username = columns.find(username);
        layout.title = columns.find(title);
        return layout;
    }
    if (columns.hasAll({title, url, username, password})) {
        layout.format = PasswordFormat::ApplePasswords;
        layout.url = columns.find(url);
        layout.username = columns.find(username);
        layout.title = columns.find(title);
        return layout;
    }
    // Only Chrome's own columns: LastPass (url,username,password,totp,extra,name,grouping,fav)
    // and others reuse these names for exports Rebind has not been checked against.
    const QLatin1String name("name");
    if (columns.hasAll({name, url, username, password}) &&
        columns.onlyFrom({name, url, username, password, QLatin1String("note")})) {
        layout.format = PasswordFormat::Chrome;
        layout.url = columns.find(url);
        layout.username = columns.find(username);
        layout.title = columns.find(name);
        return layout;
    }
    return std::nullopt;
}

} // namespace rebind
