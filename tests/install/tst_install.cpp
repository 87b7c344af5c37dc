// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Installs the real build with cmake --install (DESTDIR, prefix /usr, as a package does) and checks
// the desktop integration that lands there: the validators the distributions run, the MIME types
// through the compiled shared-mime-info database, the icon sizes, and that the desktop entry, the
// AppStream data and the installed files name the same things.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("io.github.rebindapp.Rebind");
const QString kVaultType = QStringLiteral("application/x-rebind-vault");
const QString kHandoffType = QStringLiteral("application/x-rebind-handoff");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The key=value lines of the [Desktop Entry] group, localised keys (Name[zh_CN]) included.
QHash<QString, QString> desktopEntry(const QString& path)
{
    QHash<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return entry;
    }
    bool inGroup = false;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inGroup && eq > 0) {
            entry.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
        }
    }
    return entry;
}

QStringList listValue(const QString& value)
{
    return value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

// What the AppStream file says: its id, the desktop id it launches and what it provides.
struct Metainfo
{
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList mediatypes;
    QString error;
};

Metainfo readMetainfo(const QString& path)
{
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = file.errorString();
        return info;
    }
    QXmlStreamReader xml(&file);
    QStringList stack;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            const QString parent = stack.isEmpty() ? QString() : stack.constLast();
            if (name == QLatin1String("id") && parent == QLatin1String("component")) {
                info.id = xml.readElementText();
                continue;
            }
            if (name == QLatin1String("launchable")) {
                info.launchable = xml.readElementText();
                continue;
            }
            if (name == QLatin1String("binary") && parent == QLatin1String("provides")) {
                info.binaries << xml.readElementText();
                continue;
            }
            if (name == QLatin1String("mediatype") && parent == QLatin1String("provides")) {
                info.mediatypes << xml.readElementText();
                continue;
            }
            stack << name;
        } else if (token == QXmlStreamReader::EndElement) {
            if (!stack.isEmpty()) {
                stack.removeLast();
            }
        }
    }
    if (xml.hasError()) {
        info.error = xml.errorString();
    }
    return info;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Bytes that look like nothing in particular, as a SQLCipher vault does from its first byte on.
QByteArray noise(int size)
{
    QByteArray bytes;
    bytes.reserve(size);
    quint32 state = 0x9e3779b9U;
    for (int i = 0; i < size; ++i) {
        state = state * 1664525U + 1013904223U;
        bytes.append(static_cast<char>(state >> 24));
    }
    return bytes;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desktopFileValidates();
    void metainfoValidates();
    void mimeXmlIsWellFormed();
    void mimeTypesResolve_data();
    void mimeTypesResolve();
    void mimeCommentsAreTranslated();
    void everyIconSizeIsInstalled_data();
    void everyIconSizeIsInstalled();
    void desktopEntryNamesWhatIsInstalled();
    void metainfoNamesWhatIsInstalled();

private:
    Run run(const QString& program, const QStringList& arguments,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    QString tool(const QString& name);

    QTemporaryDir m_dir;
    QString m_usr;   // <DESTDIR>/usr
    QString m_share; // <DESTDIR>/usr/share
    QString m_desktopFile;
    QString m_metainfo;
    QString m_mimeXml;
};

Run TestInstall::run(const QString& program, const QStringList& arguments,
                     const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit) {
        result.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The tools are build dependencies (packaging/install-deps.sh): a missing one fails the test
// instead of skipping it, so that CI never passes without having checked anything.
QString TestInstall::tool(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        qWarning("%s is not installed (packaging/install-deps.sh installs it)", qPrintable(name));
    }
    return path;
}

void TestInstall::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString destdir = m_dir.filePath(QStringLiteral("root"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DESTDIR"), destdir);
    // DESTDIR with prefix /usr, as the package does, so that an absolute DESTINATION cannot
    // write outside the temporary folder either.
    const Run install = run(QStringLiteral(REBIND_CMAKE_COMMAND),
                            {QStringLiteral("--install"), QStringLiteral(REBIND_BUILD_DIR),
                             QStringLiteral("--prefix"), QStringLiteral("/usr")},
                            environment);
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));

    m_usr = destdir + QStringLiteral("/usr");
    m_share = m_usr + QStringLiteral("/share");
    m_desktopFile =
        m_share + QStringLiteral("/applications/") + kAppId + QStringLiteral(".desktop");
    m_metainfo = m_share + QStringLiteral("/metainfo/") + kAppId + QStringLiteral(".metainfo.xml");
    m_mimeXml = m_share + QStringLiteral("/mime/packages/") + kAppId + QStringLiteral(".xml");
    for (const QString& path : {m_desktopFile, m_metainfo, m_mimeXml}) {
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(path + QStringLiteral(" was not installed")));
    }

    // QMimeDatabase reads the compiled caches it finds under XDG_DATA_DIRS when it is first
    // used, which is after this: the installed one first, the system's for the types ours derive
    // from, and an empty data home so that nothing in the user's own folders takes part.
    // update-mime-database gets the same, or it warns that the folder is not searched.
    const QString dataHome = m_dir.filePath(QStringLiteral("data-home"));
    QVERIFY(QDir().mkpath(dataHome));
    const QString dataDirs = m_share + QStringLiteral(":/usr/share");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(dataDirs));

    const QString updateMime = tool(QStringLiteral("update-mime-database"));
    QVERIFY(!updateMime.isEmpty());
    const Run update = run(updateMime, {m_share + QStringLiteral("/mime")});
    QVERIFY2(update.exitCode == 0 && update.err.trimmed().isEmpty(), qPrintable(update.err));
    QVERIFY(QFileInfo::exists(m_share + QStringLiteral("/mime/mime.cache")));
}

void TestInstall::desktopFileValidates()
{
    const QString validator = tool(QStringLiteral("desktop-file-validate"));
    QVERIFY(!validator.isEmpty());
    const Run result = run(validator, {m_desktopFile});
    // Warnings and hints also exit with 0; a clean file prints nothing.
    QVERIFY2(result.exitCode == 0 && (result.out + result.err).trimmed().isEmpty(),
             qPrintable(result.out + result.err));
}

void TestInstall::metainfoValidates()
{
    const QString appstreamcli = tool(QStringLiteral("appstreamcli"));
    QVERIFY(!appstreamcli.isEmpty());
    const Run result =
        run(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"), m_metainfo});
    QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    // Information lines are allowed (Debian 12's appstreamcli does not know <developer> yet);
    // warnings and errors are not, although they alone do not change the exit code.
    static const QRegularExpression problem(QStringLiteral("^[EW]: "),
                                            QRegularExpression::MultilineOption);
    QVERIFY2(!problem.match(result.out + result.err).hasMatch(),
             qPrintable(result.out + result.err));
}

void TestInstall::mimeXmlIsWellFormed()
{
    const QString xmllint = tool(QStringLiteral("xmllint"));
    QVERIFY(!xmllint.isEmpty());
    const Run result = run(xmllint, {QStringLiteral("--noout"), m_mimeXml});
    QVERIFY2(result.exitCode == 0 && result.err.trimmed().isEmpty(), qPrintable(result.err));
}

void TestInstall::mimeTypesResolve_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    // Rows whose file must not be taken for a Rebind type name that type and false.
    QTest::addColumn<bool>("matches");

    const QByteArray handoff = QByteArray("REBINDHO") + noise(200);
    QTest::newRow("vault by extension") << "mother.rebind" << noise(4096) << kVaultType << true;
    QTest::newRow("hand-off by extension")
        << "to-li.rebindhandoff" << noise(300) << kHandoffType << true;
    // Renamed or saved without its extension by a messaging app: the signature decides.
    QTest::newRow("hand-off without extension")
        << "received file" << handoff << kHandoffType << true;
    QTest::newRow("hand-off with an unknown extension")
        << "handoff.rebindhandoff_1" << handoff << kHandoffType << true;
    // ".vault" is any program's; Rebind opens old vaults through its own dialogs.
    QTest::newRow("generic .vault is not claimed")
        << "rebind.vault" << noise(4096) << kVaultType << false;
    QTest::newRow("the signature counts only at the start")
        << "data" << QByteArray("xREBINDHO") + noise(200) << kHandoffType << false;
}

void TestInstall::mimeTypesResolve()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFETCH(bool, matches);

    const QString path = m_dir.filePath(QStringLiteral("files/") + fileName);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(writeFile(path, content));
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    if (matches) {
        QCOMPARE(type.name(), expected);
    } else {
        QVERIFY2(type.name() != expected, qPrintable(type.name()));
    }
}

void TestInstall::mimeCommentsAreTranslated()
{
    const QMimeDatabase database;
    const QMimeType vault = database.mimeTypeForName(kVaultType);
    const QMimeType handoff = database.mimeTypeForName(kHandoffType);
    QVERIFY(vault.isValid());
    QVERIFY(handoff.isValid());
    QVERIFY(vault.inherits(QStringLiteral("application/octet-stream")));
    QCOMPARE(vault.globPatterns(), QStringList{QStringLiteral("*.rebind")});
    QCOMPARE(handoff.globPatterns(), QStringList{QStringLiteral("*.rebindhandoff")});

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString vaultEn = vault.comment();
    const QString handoffEn = handoff.comment();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString vaultZh = vault.comment();
    const QString handoffZh = handoff.comment();
    QLocale::setDefault(previous);
    QCOMPARE(vaultEn, QStringLiteral("Rebind vault"));
    QCOMPARE(handoffEn, QStringLiteral("Rebind hand-off file"));
    QCOMPARE(vaultZh, QStringLiteral("换绑助手保险库"));
    QCOMPARE(handoffZh, QStringLiteral("换绑助手移交文件"));
}

void TestInstall::everyIconSizeIsInstalled_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        QTest::addRow("%d px", size) << size;
    }
}

void TestInstall::everyIconSizeIsInstalled()
{
    QFETCH(int, size);
    const QString path =
        QStringLiteral("%1/icons/hicolor/%2x%2/apps/%3.png").arg(m_share).arg(size).arg(kAppId);
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path + QStringLiteral(" is missing or not a PNG")));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
}

void TestInstall::desktopEntryNamesWhatIsInstalled()
{
    const QHash<QString, QString> entry = desktopEntry(m_desktopFile);
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));

    // Exec's program and TryExec are the installed rebind, found on PATH as a desktop does.
    const QStringList exec = entry.value(QStringLiteral("Exec")).split(QLatin1Char(' '));
    QCOMPARE(exec, (QStringList{QStringLiteral("rebind"), QStringLiteral("%f")}));
    QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral("rebind"));
    const QFileInfo program(m_usr + QStringLiteral("/bin/rebind"));
    QVERIFY2(program.isFile() && program.isExecutable(), qPrintable(program.filePath()));

    // The icon name resolves in hicolor: the scalable drawing is there besides the PNGs.
    QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
    const QString svg =
        m_share + QStringLiteral("/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg");
    QFile svgFile(svg);
    QVERIFY2(svgFile.open(QIODevice::ReadOnly), qPrintable(svg));
    QVERIFY(svgFile.readAll().contains("<svg"));

    // Every type it opens is one the installed MIME database knows, and nothing else.
    const QStringList types = listValue(entry.value(QStringLiteral("MimeType")));
    QCOMPARE(QSet<QString>(types.cbegin(), types.cend()),
             (QSet<QString>{kVaultType, kHandoffType}));
    const QMimeDatabase database;
    for (const QString& type : types) {
        QVERIFY2(database.mimeTypeForName(type).isValid(), qPrintable(type));
    }

    QVERIFY(!entry.value(QStringLiteral("Name[zh_CN]")).isEmpty());
    QVERIFY(!entry.value(QStringLiteral("Comment[zh_CN]")).isEmpty());
    // Qt names the X11 window class after the application name (rebind), which the
    // desktop uses to match the running window to this entry.
    QCOMPARE(entry.value(QStringLiteral("StartupWMClass")), QStringLiteral("rebind"));
}

void TestInstall::metainfoNamesWhatIsInstalled()
{
    const Metainfo info = readMetainfo(m_metainfo);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.id, kAppId);
    QCOMPARE(info.launchable, QFileInfo(m_desktopFile).fileName());

    QCOMPARE(info.binaries, (QStringList{QStringLiteral("rebind"), QStringLiteral("rebind-cli")}));
    for (const QString& binary : info.binaries) {
        const QFileInfo program(m_usr + QStringLiteral("/bin/") + binary);
        QVERIFY2(program.isFile() && program.isExecutable(), qPrintable(program.filePath()));
    }
    const QStringList types =
        listValue(desktopEntry(m_desktopFile).value(QStringLiteral("MimeType")));
    QCOMPARE(QSet<QString>(info.mediatypes.cbegin(), info.mediatypes.cend()),
             QSet<QString>(types.cbegin(), types.cend()));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
