<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddBindingCommand</name>
    <message>
        <source>Record that a service is tied to a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account, when you have several (user name, card ending, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do before the number goes: %1 (default: rebind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far it is: %1 (default: to-do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it should be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-form note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number already in the vault, in any usual spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the service&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the vault. Add it first: rebind-cli add-number PERSON %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the service uses the number; repeat it or separate with commas: %1. Default for a catalog service: what the catalog expects (see catalog show ID --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of a custom service that is new to the vault: %1 (default: other). Catalog services keep the catalog&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s id in the catalog (see catalog search), its key from list --json, or its name (a new name adds a custom service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: the catalog has “%1” as %2, with steps (rebind-cli catalog show %2). Add it by the id %2 to use them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddNumberCommand</name>
    <message>
        <source>Add a phone number to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the number will be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number that replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1 (default: in-use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile carrier, e.g. China Mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-form note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name, as given to add-person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number, in any usual spelling: 13800138000, +86 138 0013 8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement must differ from the number itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person called “%1” in the vault. Add them first: rebind-cli add-person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add a person whose numbers you keep track of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to you: %1, or your own word (default: self).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-form note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name, e.g. &quot;Zhang Wei&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a person called “%1” in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AndroidSmsBackupReader</name>
    <message>
        <source>An element at line %1 is larger than 32 MiB, which no SMS backup holds; reading stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file declares its own entities, which SMS backups never do; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore file: byte %1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged at line %1: byte %2 is not UTF-8 text, which SMS Backup &amp; Restore always writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends early; it may have been cut off while it was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore file: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file nests elements more than %1 levels deep, which SMS backups never do; it is not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a call log backup, not an SMS backup. Choose the file whose name starts with “sms-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XML file is not an SMS backup: its top element is &lt;%1&gt;, where SMS Backup &amp; Restore writes &lt;smses&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n message was longer than 64 KiB and was cut short.</numerusform>
            <numerusform>%n messages were longer than 64 KiB and were cut short.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n message(s) before this point were read.</source>
        <translation>
            <numerusform>The %n message before this point was read.</numerusform>
            <numerusform>The %n messages before this point were read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The XML parser could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AndroidSmsDbReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Android message database: it is not an SQLite database, or it is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Android message database: SQLite cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Android message database: it has no “sms” table with address, date and body columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message database is damaged; no message could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The message database is damaged; the %n message(s) before the damage were read.</source>
        <translation>
            <numerusform>The message database is damaged; the %n message before the damage was read.</numerusform>
            <numerusform>The message database is damaged; the %n messages before the damage were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n message was longer than 64 KiB and was cut short.</numerusform>
            <numerusform>%n messages were longer than 64 KiB and were cut short.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had a date that could not be read; they were kept without a date.</source>
        <translation>
            <numerusform>%n message had a date that could not be read; it was kept without a date.</numerusform>
            <numerusform>%n messages had a date that could not be read; they were kept without a date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsListCommand</name>
    <message>
        <source>List the automatic backups of the vault, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as JSON, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. Rebind makes one before every upgrade, passphrase change, import, merge and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore one with: rebind-cli backups restore ID (the current vault is backed up first). Backups are encrypted and open with the vault&apos;s current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsRestoreCommand</name>
    <message>
        <source>Put a backup in the vault&apos;s place (the current vault is backed up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s id or number, as `backups list` shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup “%1”. `rebind-cli backups list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup %1 (%2). The vault as it was before is kept as backup %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup %1 (%2). There was no vault file before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BitwardenJsonReader</name>
    <message>
        <source>This JSON file is larger than %1 MiB. Rebind has to read a JSON export whole, so it does not open files this large. Export your vault from Bitwarden as “.csv” instead, which Rebind reads row by row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file starts like a JSON file but is damaged or cut off (%1 at byte %2). Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Bitwarden export is encrypted, so Rebind cannot read it. In Bitwarden, export your vault again with the file format “.json” (not “.json (Encrypted)”), choose that file here, then delete it: it holds your passwords unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Bitwarden export holds no logins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancellationCheck</name>
    <message>
        <source>• %1 — %2</source>
        <comment>an open item and why it matters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) that need the old number, or matter most, are not done yet:</source>
        <translation>
            <numerusform>%n item that needs the old number, or matters most, is not done yet:</numerusform>
            <numerusform>%n items that need the old number, or matter most, are not done yet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Once %1 is cancelled, codes sent to it no longer reach you: each of these will need the service&apos;s lost-number path, and after a few months the number may be given to someone else. Mark it as cancelled anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogListCommand</name>
    <message>
        <source>List the services in the built-in catalog, curated ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with one object per service (id, names, market, category, tier, flags, detail, has_steps), for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the curated services, which come with steps; not the thousands of public entries that only have basic facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only services of this market: cn (mainland China) or global.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only services of this category: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service in the catalog matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogSearchCommand</name>
    <message>
        <source>Find services in the catalog by name, pinyin, website or SMS number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with one object per service, best match first, as catalog list --json does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N services (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name in Chinese or English, its pinyin or initials (weixin, wx), a website (taobao.com), an SMS signature (招商银行) or sender number (95555).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a name, website or SMS number to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the catalog matches “%1”. Try another name, its pinyin, its website or the number its SMS come from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogShowCommand</name>
    <message>
        <source>Show what the catalog knows about a service and how to change its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every field as a JSON object, with the steps in both languages, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s id in the catalog, e.g. wechat (see catalog search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service with the id “%1” in the catalog. Find its id with: rebind-cli catalog search NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogStatsCommand</name>
    <message>
        <source>Count the catalog&apos;s services by market, category, tier, confidence and channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts as a JSON object: curated {MARKET: {total, category, tier, confidence, channels, old_number, action_kind, with_sources, generic}}, public {total, category, tier}, redirects, companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated, market %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (basic facts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged public entries (redirects): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies (shared SMS signatures): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Critical</source>
        <comment>risk tier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk tier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>risk tier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>risk tier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the old number: change it before you cancel the old one, while it still receives codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a branch visit with your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a visit to a service counter with your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets the number can sign in with just an SMS code: change it before the number is given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot simply be removed: change it to another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove the number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close the account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy</source>
        <comment>deletion difficulty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <comment>deletion difficulty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <comment>deletion difficulty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible</source>
        <comment>deletion difficulty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficulty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: checked against the official help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium: several independent sources agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: not confirmed, so check the official help page as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated, with steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic facts only (from 2fa.directory and JustDeleteMe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no steps for this service yet. Look in its account or security settings for the phone number, or see its help pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the old number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the phone line itself: it is cancelled or kept, not changed to the new number. Cancel it last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (official)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the whole vault file for damage (opening it checks less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is intact: every page, index and reference was checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are listed for this number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind checklist · printed %1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t do it now (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t do it now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a due date and that it is overdue</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPainter</name>
    <message>
        <source>Could not start printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is too long for one picture. Export it as a PDF, or one number at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The vault file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--vault PATH] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line: on a terminal they are asked for without echo, otherwise each one is read as one line from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--vault PATH] %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind (换绑助手) keeps an encrypted list of every service tied to your phone numbers, so that you can rebind or unbind each one before a number is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Commands: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs more arguments: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Usage: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in catalog of services: find a service and see how to change its number. Needs no vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUBCOMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown %1 subcommand “%2”. Subcommands: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted backups Rebind keeps beside the vault before every upgrade, passphrase change, import, merge and restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoveryScanner</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file Rebind can scan. It reads SMS backups (%2) and password exports (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person name (relation)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>phone number · status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Your unsaved changes were kept while Rebind was locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened to be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 to the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than expected; it was not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (was: %3)</source>
        <comment>field: new value (was: old value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone removed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service added since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the number is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program while you were editing it:

%2

Keep your version and overwrite that change, or use theirs and drop your edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine (overwrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;theirs (reload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it again with your version, or drop your edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine (add it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop my edits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored after being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitCodeText</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: an unknown command or option, a missing argument, an invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault cannot be opened: wrong passphrase, damaged, missing, not a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: not yet safe to cancel (also while no services are listed), or cancelled with items still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists: the vault file, person, number or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable new passphrase: none given, empty, or the two entries differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any other failure (the folder or disk refuses to be written, a file too large, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person, number, service or backup named is not in the vault (or the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault is in use by another program: close Rebind there or lock it (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status, the same for every command:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a number&apos;s, a person&apos;s or the whole vault&apos;s plan or inventory to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all numbers of this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, png, csv: include account names (left out otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in the vault, in any usual spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: a NUMBER, --person NAME or --all (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write it: -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the hand-off file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, png: large print for elderly readers (16 pt type, service names in the reader&apos;s language only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, png: print the old number in full too (masked as 138 **** 8000 otherwise; the new number is printed in full, to be typed). ics: both numbers in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, png: mask the new number as well as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, png: service names in both languages also in large print (the standard checklist always has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf: the paper size, a4 or letter (default: letter where the system&apos;s locale prints on it, as in the US, Canada and Mexico; a4 elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--show-number and --mask-new ask for opposite things: use one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>This person is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind hand-off files (*.rebindhandoff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who gets it can read the whole list, phone numbers included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not encrypted, and calendars are often synchronised to online accounts. Phone numbers are masked unless you ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who gets it can read everything in it, numbers, accounts and history included. For moving to another computer, use a hand-off file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file is encrypted with the passphrase you choose. Give the passphrase separately (say it on the phone), not with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the hand-off file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n number(s) with their services to %1.</source>
        <translation>
            <numerusform>Wrote %n number with its services to %1.</numerusform>
            <numerusform>Wrote %n numbers with their services to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the list to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the picture to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n reminder(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n reminder to %1.</numerusform>
            <numerusform>Wrote %n reminders to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kind of export is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who gets it can read it. The new number is printed in full, to be typed; the old number is masked and account names left out unless you ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileToOpen</name>
    <message>
        <source>Rebind opens only files on this computer, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind cannot open %1: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind cannot open %1: it is a folder, not a vault or a hand-off file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rebind hand-off file, or it is damaged. Ask the helper who made it to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingAdder</name>
    <message numerus="yes">
        <source>Found by scanning: %1, %n time(s), last on %2.</source>
        <translation>
            <numerusform>Found by scanning: %1, %n time, last on %2.</numerusform>
            <numerusform>Found by scanning: %1, %n times, last on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found by scanning: %1, %n time(s).</source>
        <translation>
            <numerusform>Found by scanning: %1, %n time.</numerusform>
            <numerusform>Found by scanning: %1, %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffFile</name>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the hand-off file was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file is incomplete: it is shorter than it says. It may have been cut off while being copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a passphrase for the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These key derivation settings are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory is too large for a hand-off file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file cannot be written at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the hand-off file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; it cannot be a hand-off file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Rebind hand-off file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hand-off file was made by a newer version of Rebind. Update Rebind to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file is damaged: its key derivation settings are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file is damaged: it claims to hold more than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file was changed: it has data after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-off file opened, but its contents are not valid. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Merge a JSON export or a hand-off file into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read. A hand-off file&apos;s passphrase is asked for after the vault&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the hand-off file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s), </source>
        <translation>
            <numerusform>Added %n person, </numerusform>
            <numerusform>Added %n people, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) </source>
        <translation>
            <numerusform>%n number </numerusform>
            <numerusform>%n numbers </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n service entry(ies); </source>
        <translation>
            <numerusform>and %n service entry; </numerusform>
            <numerusform>and %n service entries; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n; </source>
        <translation>
            <numerusform>updated %n; </numerusform>
            <numerusform>updated %n; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n already up to date.</numerusform>
            <numerusform>%n already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) where the two sides disagreed:</source>
        <translation>
            <numerusform>%n place where the two sides disagreed:</numerusform>
            <numerusform>%n places where the two sides disagreed:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: too large to be a Rebind export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long opening the vault should take on this computer, in milliseconds (default %1). Longer is harder to attack; the cost never goes below libsodium&apos;s interactive limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file. Use --vault to create the vault somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault %1. Keep the passphrase safe: without it the vault cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>%1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose number this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number must differ from the number being replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the service&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service’s name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service with this account is already listed for the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or the service of this entry is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps do not belong to a known service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan step is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change to undo for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in the history is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was changed since, by another program: the edit is not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IosBackupFolder</name>
    <message>
        <source>This iPhone backup is encrypted, so Rebind cannot read the messages in it. Make an unencrypted backup: in Finder (Mac), iTunes or Apple Devices (Windows) or 爱思助手, turn off “Encrypt local backup” (it asks for the backup password), back up again and choose the new backup folder. Or export the messages another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The backup may be damaged or incomplete: back up the iPhone again, or export the messages another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This iPhone backup’s list of files names the messages database (sms.db), but the file %1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This iPhone backup’s list of files (Manifest.db) cannot be read, and the messages database (sms.db) is not where older backups keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This iPhone backup holds no messages database (sms.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n iPhone backup(s): %2. Choose the folder of one of them.</source>
        <translation>
            <numerusform>%1 holds %n iPhone backup: %2. Choose its folder.</numerusform>
            <numerusform>%1 holds %n iPhone backups: %2. Choose the folder of one of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, but not an iPhone backup: it has no Manifest.db, Manifest.plist or Info.plist. Choose an SMS backup file, or the folder of one iPhone backup (in MobileSync/Backup, one folder per device).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IosSmsDbReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database, or the backup is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no “message” and “handle” tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tables lack the columns iOS writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms.db is damaged; no message could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sms.db is damaged; the %n message(s) before the damage were read.</source>
        <translation>
            <numerusform>sms.db is damaged; the %n message before the damage was read.</numerusform>
            <numerusform>sms.db is damaged; the %n messages before the damage were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n message was longer than 64 KiB and was cut short.</numerusform>
            <numerusform>%n messages were longer than 64 KiB and were cut short.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an iPhone message database (%1). Rebind reads an unencrypted iPhone backup: choose the backup&apos;s folder, or sms.db in it (the file %2 in the backup&apos;s “3d” folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) kept their text in a form Rebind cannot read and were skipped.</source>
        <translation>
            <numerusform>%n message kept its text in a form Rebind cannot read and was skipped.</numerusform>
            <numerusform>%n messages kept their text in a form Rebind cannot read and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>The keychain of this computer did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer is locked or refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer has no keyring set up to keep the passphrase in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain of this computer reported a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind works as usual; you type your passphrase each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not remembered: Rebind works as usual and asks for it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered passphrase may still be kept there; please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what happened, then what still works</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Show the services tied to every number, or to one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with one object per service and number, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this number, in any usual spelling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>%1 is not in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListingText</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is empty. Start with: rebind-cli add-person NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkCommand</name>
    <message>
        <source>Record how far one item of a number&apos;s plan is (e.g. done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in the vault, in any usual spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service tied to the number: its key from plan --json or list --json (catalog id or custom:&lt;uid&gt;) or its name; every account of that service is marked. Or one of the plan&apos;s own steps: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far it is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked “%1” for %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not tied to %2. See rebind-cli plan %3 for its services, or use one of the plan&apos;s own steps: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 for %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the service&apos;s key or name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this passphrase is weak (%1). Anyone who gets a copy of the vault file could guess it; a few unrelated words are stronger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NullKeyStore</name>
    <message>
        <source>No keychain is available on this computer, so the passphrase cannot be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberOwner</name>
    <message>
        <source>your mother</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your father</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your spouse</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your child</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your brother or sister</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your grandparent</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your relative</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your friend</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number&apos;s owner</source>
        <comment>owner of the number, in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>The passphrase could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too long (more than %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given: pipe it as one line on standard input, or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Enter a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswdCommand</name>
    <message>
        <source>Change the vault&apos;s passphrase (the old one, then the new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long opening the vault should take from now on, in milliseconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase of %1. The old passphrase no longer opens it, nor any of its backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordCsvReader</name>
    <message>
        <source>The file could not be read to the end (after line %1); the entries before that point were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1, so it may be cut off; the rows from there on were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row on line %1 is too long to be a login and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row on line %1 has a web address, user name or title longer than %2 KiB and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) contain text that is not UTF-8, the first on line %1; letters in them may show as �. If the file was saved from a spreadsheet, save it again as “CSV UTF-8”.</source>
        <translation>
            <numerusform>%n row contains text that is not UTF-8, on line %1; letters in it may show as �. If the file was saved from a spreadsheet, save it again as “CSV UTF-8”.</numerusform>
            <numerusform>%n rows contain text that is not UTF-8, the first on line %1; letters in them may show as �. If the file was saved from a spreadsheet, save it again as “CSV UTF-8”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has the header row of a %1 export but no logins under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) like these.</source>
        <translation>
            <numerusform>… and %n more problem like these.</numerusform>
            <numerusform>… and %n more problems like these.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordExportReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. Export your passwords again and choose the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 text, which Rebind does not read. If you saved it from a spreadsheet, save it again as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordFormatText</name>
    <message>
        <source>Chrome or Edge (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitwarden (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitwarden (unencrypted JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Passwords or Safari (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of password exports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a password export Rebind can read. Rebind reads the files these programs export: %1. Export your passwords again from one of them and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than %1 MiB, which no password export is, so Rebind stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Please enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number. Type the digits, for example 138 0013 8000 or +86 138 0013 8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number: check the number of digits and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanAccess</name>
    <message>
        <source>%1=“%2” is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For tests, the environment variable %1=YYYY-MM-DD stands in for today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>%1 (%2)</source>
        <comment>service (phone number)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind: changing numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show a number&apos;s cancellation plan: each item in order, with its due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with one object per plan item, for scripts. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in the vault, in any usual spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks cancelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Make sure the new number works and is in your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your contacts the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up call forwarding (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the old number at the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new number not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the old number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high-risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you change anything: call and text %1, and make sure it is registered in your own name with your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to family, friends, your doctor, your landlord and anyone else who calls you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the carrier offers it, have calls to %1 forwarded to %2 for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when everything above is done: cancel %1 at %2, in person with your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number here to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to keep %1 here: check that this is still right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the phone line itself: it is not moved to %1. Cancel %2 here last, when everything else has moved, or keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the new number works and is in %1&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell %1&apos;s contacts the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you change anything: call and text %1, and make sure it is registered in %2&apos;s name with %2&apos;s ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to %2&apos;s family, friends, doctor, landlord and anyone else who calls %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when everything above is done: contact %2 to cancel %1 (by phone, online or in a shop) and end its contract or plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when everything above is done: cancel %1 at %2, in person with %3&apos;s ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Print a JSON array of the services found, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the services found to this number in the vault (the ones not listed yet), with their likely roles. Without it no vault is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the catalog: add it as your own service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number is the login here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) read</source>
        <translation>
            <numerusform>%n login read</numerusform>
            <numerusform>%n logins read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n service(s) to %1.</source>
        <translation>
            <numerusform>Added %n service to %1.</numerusform>
            <numerusform>Added %n services to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>services found (items read)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the services tied to your number in an SMS backup, an iPhone backup folder or a password export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS backup (SMS Backup &amp; Restore XML, an iPhone sms.db, CSV), the folder of an unencrypted iPhone backup (Finder, iTunes, 爱思助手) or a password export (Chrome, Edge, Firefox, Bitwarden, KeePassXC, 1Password, Apple Passwords).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Rebind. Update Rebind to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>Critical: money, identity or government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: others could pretend to be you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sure: the steps were checked against the official help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly sure: menu names may differ a little in your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: check the official page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the old number: do this before you cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a visit to a branch with your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with the old number can sign in with an SMS code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change to the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove the number (unbind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To close the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the way may differ; check the official page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the phone line itself: it cannot be moved to the new number. Cancel it last, after everything else has moved, or keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To cancel this line (or keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change to the new number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a counter, in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a face scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your payment password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo of your ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your bank card details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visit to a counter with your ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appeal (a manual review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easiest while the old number still works. Without it you can prove it is you with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps not verified: where they differ, follow the official help page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list of ways</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a visit to a branch with %1&apos;s ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s payment password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s login password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo of %1&apos;s ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s bank card details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visit to a counter with %1&apos;s ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easiest while the old number still works. Without it %1 can still prove their identity with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsCsvReader</name>
    <message numerus="yes">
        <source>%n row(s) had too few columns and were skipped.</source>
        <translation>
            <numerusform>%n row had too few columns and was skipped.</numerusform>
            <numerusform>%n rows had too few columns and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had a date that could not be read; their messages were kept without a date.</source>
        <translation>
            <numerusform>%n row had a date that could not be read; its message was kept without a date.</numerusform>
            <numerusform>%n rows had a date that could not be read; their messages were kept without a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not UTF-8 text and may read wrongly. Save the file as “CSV UTF-8” to read them correctly.</source>
        <translation>
            <numerusform>%n row is not UTF-8 text and may read wrongly. Save the file as “CSV UTF-8” to read it correctly.</numerusform>
            <numerusform>%n rows are not UTF-8 text and may read wrongly. Save the file as “CSV UTF-8” to read them correctly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n message was longer than 64 KiB and was cut short.</numerusform>
            <numerusform>%n messages were longer than 64 KiB and were cut short.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row starting on line %1 is longer than 1 MiB; a quote opened there is probably never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n message(s) before it were read.</source>
        <translation>
            <numerusform>The %n message before it was read.</numerusform>
            <numerusform>The %n messages before it were read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file needs a first row naming date, sender and body columns (in English, or 时间/日期, 号码/发件人 and 内容). Its first row is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsFileReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind cannot read this file as SMS messages. It reads: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SMS format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore XML (Android), vMessage (.vmsg, the export of many Android phones), an Android message database (mmssms.db, or sms.db from a Huawei backup that is not encrypted), an unencrypted iPhone backup folder or its sms.db, CSV with date, sender and body columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotJson</name>
    <message>
        <source>This is not a valid Rebind inventory file: %1 (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date like 2026-12-31 is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time like 2026-12-31T09:00:00.000Z is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid phone number in E.164 form like +8613800138000 is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Rebind inventory file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inventory file was made by a newer version of Rebind. Update Rebind to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line of text is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 to %1 characters of steps are expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lists too many numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new number must differ from the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lists more than %1 services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds too many changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change it undoes is not in this history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service with the uid “%1” is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inventory file is larger than %1 MiB; Rebind does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid Rebind inventory file: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotMerger</name>
    <message>
        <source>%1: the name, relation or note differs in the file; the ones in this vault were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2 in this vault but to %3 in the file; it stays with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the status, dates, carrier or note differ in the file; the ones in this vault were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in the file undoes a change it does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry in the file names a service the file does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added separately in both vaults; the entry in this vault was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file&apos;s version would duplicate another entry; the one in this vault was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in both vaults; the newer change, from the file, was taken. Both histories are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in both vaults; the newer change, from this vault, was kept. Both histories are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed in the file but changed in this vault; the removal is newer and was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed in the file but changed later in this vault; it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>The change was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or this file is not a Rebind vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file cannot be written here. Check that the folder is writable and the disk is not read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file cannot be opened or created at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change does not fit the vault&apos;s rules (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another Rebind window or command. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged (it is shorter than it should be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the vault file failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged: some of its pages cannot be read. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>A number in the vault, in any usual spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet safe to cancel: %n item(s) still block it</source>
        <translation>
            <numerusform>Not yet safe to cancel: %n item still blocks it</numerusform>
            <numerusform>Not yet safe to cancel: %n items still block it</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled on %1; keep watching until %2 that no login still uses the old number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; keep watching that no login still uses the old number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled on %1; the watch window ended on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to cancel: this number was received, not given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yet safe to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet safe to cancel: no services are listed for this number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether a number is safe to cancel yet (exit 3 while it is not, or when it was cancelled with items still open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object with the verdict and what blocks it, for scripts. Exit 0 when safe to cancel (or cancelled with nothing left open), 3 while blocked or when cancelled with items still open. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old number is gone (cancelled on %1), but items that had to be done first are still open. Do them now; for a service, take its way without the old number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old number is gone, but items that had to be done first are still open. Do them now; for a service, take its way without the old number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the old number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1, watch that these services send nothing to the old number: it will be given to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch window ended on %1: the old number may belong to someone else by now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled while items that needed it are still open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemKeyStore</name>
    <message>
        <source>Nothing is remembered for this vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>“%1” is not a valid date for --%2: write it as YYYY-MM-DD, for example 2025-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role. Valid roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an action. Valid actions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status. Valid statuses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number status. Valid statuses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a category. Valid categories: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid time for --%2: give whole milliseconds between 1 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid number for --%2: give a whole number between 1 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a market. Valid markets: cn (mainland China), global.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>There is no vault file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rebind vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Rebind vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Rebind vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rebind vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered key does not fit this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open read-only, so its passphrase cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed, but the vault could not be opened again (%1). Lock Rebind and open it with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not open with this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup %1. `rebind-cli backups list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open read-only, so no backup can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file was replaced by one with another passphrase. Open it with that passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed, so the old passphrase still opens the vault. What went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultBackups</name>
    <message>
        <source>The backup folder %1 cannot be created, so Rebind made no changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made, so Rebind made no changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made under an earlier passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be re-encrypted (%2) and was removed, so that the old passphrase opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before upgrading the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before merging a hand-off file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before restoring a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultConnection</name>
    <message>
        <source>The vault file is damaged: some of its pages cannot be read. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind was built against plain SQLite instead of SQLCipher and cannot encrypt the vault. Reinstall Rebind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This encrypted file was not made by Rebind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Rebind. Update Rebind to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged: it is incomplete (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-encrypted copy of the vault is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-encrypted copy of the vault has the wrong version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged (entries in %1 refer to ones that are gone). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings of this file are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by %1. Close Rebind or lock it (Ctrl+L), or let the command finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s folder is not writable, so Rebind cannot mark the vault as in use (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s lock file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultOpening</name>
    <message>
        <source>Meanwhile you can open it read-only: you can look at everything and export it, but not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorBackupNotice</name>
    <message>
        <source>This is a Xiaomi backup (from Settings › Back up and restore). Xiaomi keeps the messages in it in its own format, which is not published, so Rebind cannot read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Huawei or Honor backup (HiSuite, or the phone&apos;s Backup app), which encrypts the messages, so Rebind cannot read them. Its sms.db can be read once decrypted with the backup password (for example with the open-source kobackupdec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your messages to a file Rebind reads instead: a .vmsg file, where the Messages app offers “Export” or “Back up to storage”; or, with an SMS export app such as “SMS Backup &amp; Restore” from your phone&apos;s app store, an XML or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Android backup (.ab, made with adb backup or a tool built on it). Rebind cannot read messages from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>You received this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet safe to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: keep watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: all done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cancellation planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are re-issued: the previous owner&apos;s accounts may still use it. Check the common services with “New-owner checks…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that needs the old number, or matters most, is done or not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are given to someone else after a few months. Until %1 (%2), check now and then that no login still sends codes to the old number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was cancelled on %1 and the watch window ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a cancel date with “Edit number…” to get a plan with due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are listed for this number yet, so nothing is known to be safe. List the apps, banks and other services that use it with “Find services to add…” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n item(s) still open</source>
        <translation>
            <numerusform>Cancelled with %n item still open</numerusform>
            <numerusform>Cancelled with %n items still open</numerusform>
        </translation>
    </message>
    <message>
        <source>The old number is gone: codes sent to it no longer reach you. Use each service&apos;s lost-number path for the items below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Numbers are given to someone else after a few months: for %n day(s) after the cancellation, watch that these services send nothing to the old number.</source>
        <translation>
            <numerusform>Numbers are given to someone else after a few months: for %n day after the cancellation, watch that these services send nothing to the old number.</numerusform>
            <numerusform>Numbers are given to someone else after a few months: for %n days after the cancellation, watch that these services send nothing to the old number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers are given to someone else after a few months: until %1 (%2), watch that these services send nothing to the old number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch window ended on %1: the old number may belong to someone else by now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) must be done first: %1 (listed below).</source>
        <translation>
            <numerusform>%n item must be done first: %1 (listed below).</numerusform>
            <numerusform>%n items must be done first: %1 (listed below).</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telling contacts the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling at the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service&apos;s customer support to change the number on the account without a code to the old one; have the ID card ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other step(s) (%1)</source>
        <translation>
            <numerusform>%n other step (%1)</numerusform>
            <numerusform>%n other steps (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of plan steps</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>services and plan steps</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmsgReader</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a vMessage file: it holds no BEGIN:VMSG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a message; it may have been cut off while it was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a vMessage file: it starts with “%1”, where a vMessage file starts with BEGIN:VMSG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file nests BEGIN: blocks more than %1 levels deep, which message exports never do; it is not read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n message was longer than 64 KiB and was cut short.</numerusform>
            <numerusform>%n messages were longer than 64 KiB and were cut short.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not UTF-8 text and may read wrongly.</source>
        <translation>
            <numerusform>%n message is not UTF-8 text and may read wrongly.</numerusform>
            <numerusform>%n messages are not UTF-8 text and may read wrongly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had a date that could not be read; they were kept without a date.</source>
        <translation>
            <numerusform>%n message had a date that could not be read; it was kept without a date.</numerusform>
            <numerusform>%n messages had a date that could not be read; they were kept without a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n message(s) before this point were read.</source>
        <translation>
            <numerusform>The %n message before this point was read.</numerusform>
            <numerusform>The %n messages before this point were read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (recycled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS-code login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment / bank reserved number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social &amp; messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food &amp; delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel &amp; transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government &amp; public services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email &amp; cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp; education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video &amp; music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans &amp; investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: no account uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else&apos;s account uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a private list of the services tied to your phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault file at PATH instead of the usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault to open (*.rebind, *.vault) or a hand-off file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::AboutDialog</name>
    <message>
        <source>&amp;JustDeleteMe licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence of the 2fa.directory data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence of the JustDeleteMe data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service data includes 2fa.directory (2factorauth/twofactorauth) and JustDeleteMe (jdm-contrib/jdm), MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence text is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GNU GPL text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2fa.directory licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License, version 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a private, encrypted list of the services tied to your phone numbers, so that you can move each one to a new number before the old one is cancelled. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Keyboard shortcuts lists every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind is free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later): you may use, share and change it under its terms. It comes with ABSOLUTELY NO WARRANTY, to the extent permitted by law. The full text opens with “GNU GPL text…” below; it is also installed with Rebind, on Linux as /usr/share/doc/rebind/LICENSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software and data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::AppController</name>
    <message>
        <source>The key remembered on this computer no longer opens this vault, so it has been forgotten. Please type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase. Rebind will ask for it the next time it opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in %1 are not saved and cannot be kept while Rebind is locked. Lock anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is back to the state of %1 (%2). What it held before is kept as the newest backup: restore that one to undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed. Use the new one from now on; it also opens the vault&apos;s backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can make changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was changed by another program; Rebind reloaded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the remembered key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported now: another program is using this vault, so Rebind opened it read-only. Import it with Vault → Import… once you can make changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1 and open %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in %1 are not saved and will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes kept when it was locked will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the other vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::BindingDialog</name>
    <message>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: WeChat, Alipay, a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name, e-mail or card ending (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is used for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is new: it will be added to your services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the service: the app, bank or website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 from the service catalog, with its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>service name (in the other language)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::BindingHistoryDialog</name>
    <message>
        <source>&amp;Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::BindingTableModel</name>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. If this computer remembers the vault, it will remember the new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase you use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase… This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::ChecklistDialog</name>
    <message>
        <source>Not in the list? Add your o&amp;wn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find services to add for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 微信, wx, taobao.com, 95555</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more from public lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the thousands of websites known from 2fa.directory and JustDeleteMe, with basic facts only. Searching always includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>category (count)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All common services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found for “%1”: %n service(s)</source>
        <translation>
            <numerusform>Found for “%1”: %n service</numerusform>
            <numerusform>Found for “%1”: %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s)</source>
        <translation>
            <numerusform>%1: %n service</numerusform>
            <numerusform>%1: %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a service in the list to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the number for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this number&apos;s list. Change it there with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked. Change the roles if they are not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick it in the list (Space) to add it with these roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add services</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n service(s)</source>
        <translation>
            <numerusform>&amp;Add %n service</numerusform>
            <numerusform>&amp;Add %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be added:</source>
        <translation>
            <numerusform>%n service could not be added:</numerusform>
            <numerusform>%n services could not be added:</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close without adding the %n ticked service(s)?</source>
        <translation>
            <numerusform>Close without adding the %n ticked service?</numerusform>
            <numerusform>Close without adding the %n ticked services?</numerusform>
        </translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try another spelling, or add it yourself with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found for “%1” in %2: %n service(s)</source>
        <translation>
            <numerusform>Found for “%1” in %2: %n service</numerusform>
            <numerusform>Found for “%1” in %2: %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick every service that uses %1, then press “%2”. Search by name, pinyin, web address or the sender of its SMS (for example 95555).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::ChecklistModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::DiscoveryDialog</name>
    <message>
        <source>&amp;Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the ticked services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find services in my messages and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which services use %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SMS backup or a password export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read.</source>
        <translation>
            <numerusform>%n message read.</numerusform>
            <numerusform>%n messages read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved login(s) read.</source>
        <translation>
            <numerusform>%n saved login read.</numerusform>
            <numerusform>%n saved logins read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n service found.</numerusform>
            <numerusform>%n services found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your number is the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), %1 – %2</source>
        <translation>
            <numerusform>%n time, %1 – %2</numerusform>
            <numerusform>%n times, %1 – %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (already listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n service(s)</source>
        <translation>
            <numerusform>&amp;Add %n service</numerusform>
            <numerusform>&amp;Add %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n service(s) to %1.</source>
        <translation>
            <numerusform>Added %n service to %1.</numerusform>
            <numerusform>Added %n services to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), %1</source>
        <translation>
            <numerusform>%n time, %1</numerusform>
            <numerusform>%n times, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an &amp;iPhone backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export of your text messages (SMS Backup &amp; Restore on Android, a .vmsg file that many Android phones export, an Android message database such as mmssms.db, an iPhone backup folder, or a CSV file) or of your saved passwords (Chrome, Edge, Firefox, Bitwarden, KeePassXC, 1Password, Apple Passwords). Rebind reads it on this computer only and keeps nothing from it: only which services were found. Delete the export afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone: back the phone up to this computer with Finder (Mac), iTunes or Apple Devices (Windows) or 爱思助手, with “Encrypt local backup” turned off, then choose the backup’s folder (one per device, named like 00008110-001A2B3C4D5E801E). Finder and iTunes keep them in ~/Library/Application Support/MobileSync/Backup on a Mac and in %APPDATA%\Apple Computer\MobileSync\Backup on Windows; 爱思助手 shows its backup folder in its backup settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android: Xiaomi .bak files, encrypted Huawei or Honor backups and .ab backups cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.xml *.csv *.json *.db *.sqlite *.vmsg *.vmg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of an iPhone backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::ExportDialog</name>
    <message>
        <source>Show phone &amp;numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;account names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the hand-off file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist to print (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-print checklist for elderly readers (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture for a phone (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders for a calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data for other programs (JSON, not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off file for another computer (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All numbers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebind-checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide the new number too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number is printed in full, so that it can be typed into each app. Hide it when the paper may be seen by others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service names in &amp;both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the old &amp;number in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebind-checklist-large-print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebind-reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebind-services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebind-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebind-handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::FirstRunDialog</name>
    <message>
        <source>Use the &amp;usual place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;another place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an existing vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another place, or open it with “Open an existing vault file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault… This takes a moment on purpose: it makes the passphrase much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind keeps a private list of the apps, banks and other services tied to your phone numbers. The list is stored encrypted in one file on this computer, locked with a passphrase that you choose now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind vaults (*.rebind *.vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind vaults (*.rebind *.vault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::GuideWindow</name>
    <message>
        <source>Rebind user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of Rebind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::MainWindow</name>
    <message>
        <source>Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the remembered passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone whose numbers you look after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone number for the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an app, bank or website that uses the selected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault and hide everything until the passphrase is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and their numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>people · numbers · services</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) listed</source>
        <translation>
            <numerusform>%n service listed</numerusform>
            <numerusform>%n services listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a person to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with yourself or the relative you are helping. Then add their phone numbers, and for each number the apps, banks and other services that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone on the left to see their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo deleting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1, with %2 and %3 listed for them? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the number %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the number %1 and the %2 listed for it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this number&apos;s list?

You can bring it back with Edit → Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1. Press Ctrl+Z to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find services to &amp;add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service deta&amp;ils…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the services you use from the built-in list and add them all at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps, warnings and official page of the selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n service(s): %1</source>
        <translation>
            <numerusform>Added %n service: %1</numerusform>
            <numerusform>Added %n services: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk me through it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the selected number&apos;s plan one item at a time, in large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of this service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-&amp;owner checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for the selected service, and undo of its last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a number you received: which services still use it for someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind hand-off or JSON files (*.rebindhandoff *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the hand-off file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into this vault? New people, numbers and services are added; where both sides changed the same service, the newer change is kept, and both histories are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find services in my &amp;messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service was removed by another program: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was removed by another program: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was removed by another program: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo editing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit of %1 is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::NewOwnerDialog</name>
    <message>
        <source>New owner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 still used by the previous owner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Official routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls about &amp;debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  Free: no account uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  Someone else&apos;s account uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  My own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4  Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get the number released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the official &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>service — check result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) checked.</source>
        <translation>
            <numerusform>%1 of %n service checked.</numerusform>
            <numerusform>%1 of %n services checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still used by someone else: see “Official routes” for releasing them all at once.</source>
        <translation>
            <numerusform>%n still used by someone else: see “Official routes” for releasing it.</numerusform>
            <numerusform>%n still used by someone else: see “Official routes” for releasing them all at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls or messages for the previous owner, such as debt collectors? Read out or send this statement. You can change the text before copying it; nothing here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I got this number on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::NumberDialog</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number as you know it; spaces and dashes are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person first: every number belongs to someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number must differ from the number being replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the number&apos;s prefix: the number may have moved to another carrier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::NumberOverview</name>
    <message>
        <source>due %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk me through it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-owner checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item at a time, in large text (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which services still use this number for someone else (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) checked</source>
        <translation>
            <numerusform>%1 of %n service checked</numerusform>
            <numerusform>%1 of %n services checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still used by someone else</source>
        <translation>
            <numerusform>%n still used by someone else</numerusform>
            <numerusform>%n still used by someone else</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>Still used by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be done before cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do yet: add the services that use this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist to print or send to a phone, calendar reminders (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n item: %1</numerusform>
            <numerusform>%n items: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: the old number is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a plan step and its status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::NumberPanel</name>
    <message>
        <source>Add a service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a service, account or note (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (in n days)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) listed, %1 finished</source>
        <translation>
            <numerusform>%n service listed, %1 finished</numerusform>
            <numerusform>%n services listed, %1 finished</numerusform>
        </translation>
    </message>
    <message>
        <source>No service, account or note contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find services to add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do for the selected service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the services you use from the built-in list (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, warnings and the official page of the selected service (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are listed for this number yet. Tick the apps, banks and other services that use it with “Find services to add…” (Ctrl+Shift+F), or add one by hand with “Add a service…” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk me through it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One item of this number&apos;s plan at a time, in large text (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find services in my messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an SMS backup or a password export for the services you forgot (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service, account or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services are listed for this number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by ticking the apps, banks and other services that use this number. Rebind can also look for them in a backup of your text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::OptionalDateEdit</name>
    <message>
        <source>Type a date such as 2030-01-31, or pick one from the calendar. Leave it empty for no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2030-01-31, or pick it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::PassphraseFields</name>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several words you will remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words are strong and easy to remember. Write the passphrase down and keep it somewhere safe: without it nobody can open the vault, not even you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words, for example four or five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same passphrase in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::PeopleModel</name>
    <message>
        <source>Planned cancel date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Mum, or Zhang Guilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or type your own word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::PersonOverview</name>
    <message>
        <source>Add a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>cancel date %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone numbers are listed for %1 yet. Add one with “Add a number…” (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number to see its plan and services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) checked</source>
        <translation>
            <numerusform>%1 of %n service checked</numerusform>
            <numerusform>%1 of %n services checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still used by someone else</source>
        <translation>
            <numerusform>%n still used by someone else</numerusform>
            <numerusform>%n still used by someone else</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::ReadOnlyBanner</name>
    <message>
        <source>&amp;Switch to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 is using the vault. You can look and export, but not change anything until it closes the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 has closed the vault. Switch to editing to make changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::RememberOption</name>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind then opens on this computer without asking for the passphrase. Only tick this if nobody else uses your computer account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an earlier state of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind keeps an encrypted copy of the vault before every upgrade, passphrase change, import, merge and restore. Restoring one replaces everything in the vault with that copy; what the vault holds now is kept as a new backup first, so you can come back to it the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the vault with the backup made %1 (%2)?

What the vault holds now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::ServiceDetailDialog</name>
    <message>
        <source>%1 — what to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::ServiceDetailPanel</name>
    <message>
        <source>SMS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the official page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account &amp;deletion page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit s&amp;teps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the catalog&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ Edited by you: the steps below are your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the old number is already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be started. The address is:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account deletion page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step sign-in offered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the account: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure we are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only basic facts are known about this service, from public lists (2fa.directory and JustDeleteMe). Look for “phone number” or “security” in its settings, or use its official page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not written down steps for this service. Use “Edit steps…” to note how to change the number there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no steps for this service in the catalog yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove your own steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your own steps for %1 and show the catalog&apos;s again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time you start Rebind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also lock when the scr&amp;een locks or the computer sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also lock when the window is &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <source> newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind keeps an encrypted copy of the vault before every upgrade, passphrase change, import, merge and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;backups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys work in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::StepsDialog</name>
    <message>
        <source>Edit steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one step per line, in your own words. Your steps are kept in the vault and shown instead of the catalog&apos;s. Leave a box empty to use the catalog&apos;s steps again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::UiContext</name>
    <message>
        <source>Checking whether this computer&apos;s keychain answers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::UnlockDialog</name>
    <message>
        <source>Unlock Rebind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the &amp;remembered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key remembered on this computer no longer opens this vault, so it has been forgotten. Please type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the remembered key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebind vaults (*.rebind *.vault);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rebind::WalkthroughDialog</name>
    <message>
        <source>Can&apos;t do it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in the way? (It is kept in the notes.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Can&apos;t do it now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-through for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have done this: go on to the next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is in the way: note why and come back to it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this item as it is and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs doing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account d&amp;eletion page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on the list is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been through the whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are still open. Use Back to return to them, or open the walk-through again later.</source>
        <translation>
            <numerusform>%n item is still open. Use Back to return to it, or open the walk-through again later.</numerusform>
            <numerusform>%n items are still open. Use Back to return to them, or open the walk-through again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked “can&apos;t do it now” earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already marked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1, open its account or security settings and change the phone number there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t do it now (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure: log out of %1 and log in again with the new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure: check that %1 no longer shows the old number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
