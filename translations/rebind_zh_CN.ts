<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddBindingCommand</name>
    <message>
        <source>Record that a service is tied to a number.</source>
        <translation>记录一项绑定了某个号码的服务。</translation>
    </message>
    <message>
        <source>Which account, when you have several (user name, card ending, …).</source>
        <translation>有多个账号时，注明是哪一个（用户名、卡号尾号……）。</translation>
    </message>
    <message>
        <source>What to do before the number goes: %1 (default: rebind).</source>
        <translation>号码停用前要做的处理：%1（默认：rebind）。</translation>
    </message>
    <message>
        <source>How far it is: %1 (default: to-do).</source>
        <translation>当前进度：%1（默认：to-do）。</translation>
    </message>
    <message>
        <source>When it should be done.</source>
        <translation>应完成的日期。</translation>
    </message>
    <message>
        <source>A free-form note.</source>
        <translation>备注，内容不限。</translation>
    </message>
    <message>
        <source>A number already in the vault, in any usual spelling.</source>
        <translation>保险库中已有的号码，常见写法均可。</translation>
    </message>
    <message>
        <source>Please give the service&apos;s name.</source>
        <translation>请提供服务名称。</translation>
    </message>
    <message>
        <source>%1 is not in the vault. Add it first: rebind-cli add-number PERSON %2</source>
        <translation>保险库中没有%1。请先添加：rebind-cli add-number PERSON %2</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>已为号码%2添加服务%1。</translation>
    </message>
    <message>
        <source>How the service uses the number; repeat it or separate with commas: %1. Default for a catalog service: what the catalog expects (see catalog show ID --json).</source>
        <translation>此服务如何使用该号码；可重复此选项，或用英文逗号分隔：%1。服务目录中的服务默认采用目录中的设定（见 catalog show ID --json）。</translation>
    </message>
    <message>
        <source>The category of a custom service that is new to the vault: %1 (default: other). Catalog services keep the catalog&apos;s.</source>
        <translation>保险库中尚无的自定义服务所属的类别：%1（默认：other）。服务目录中的服务沿用目录中的类别。</translation>
    </message>
    <message>
        <source>The service&apos;s id in the catalog (see catalog search), its key from list --json, or its name (a new name adds a custom service).</source>
        <translation>服务在服务目录中的 ID（见 catalog search）、list --json 输出中的 service 值，或服务名称（新名称会添加为自定义服务）。</translation>
    </message>
    <message>
        <source>Tip: the catalog has “%1” as %2, with steps (rebind-cli catalog show %2). Add it by the id %2 to use them.</source>
        <translation>提示：服务目录中有“%1”，ID 为%2，并附有步骤（rebind-cli catalog show %2）。用 ID %2添加即可使用这些步骤。</translation>
    </message>
</context>
<context>
    <name>AddNumberCommand</name>
    <message>
        <source>Add a phone number to a person.</source>
        <translation>为某人添加一个手机号。</translation>
    </message>
    <message>
        <source>When the number will be cancelled.</source>
        <translation>号码计划销号的日期。</translation>
    </message>
    <message>
        <source>The new number that replaces it.</source>
        <translation>替换它的新号码。</translation>
    </message>
    <message>
        <source>One of: %1 (default: in-use).</source>
        <translation>可选值：%1（默认：in-use）。</translation>
    </message>
    <message>
        <source>The mobile carrier, e.g. China Mobile.</source>
        <translation>运营商，例如中国移动。</translation>
    </message>
    <message>
        <source>A free-form note.</source>
        <translation>备注，内容不限。</translation>
    </message>
    <message>
        <source>The person&apos;s name, as given to add-person.</source>
        <translation>此人的姓名，与 add-person 时填写的一致。</translation>
    </message>
    <message>
        <source>The phone number, in any usual spelling: 13800138000, +86 138 0013 8000.</source>
        <translation>手机号，常见写法均可：13800138000、+86 138 0013 8000。</translation>
    </message>
    <message>
        <source>The replacement must differ from the number itself.</source>
        <translation>新号码不能与原号码相同。</translation>
    </message>
    <message>
        <source>There is no person called “%1” in the vault. Add them first: rebind-cli add-person &quot;%1&quot;</source>
        <translation>保险库中没有名为“%1”的人。请先添加：rebind-cli add-person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>已为%2添加号码%1。</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add a person whose numbers you keep track of.</source>
        <translation>添加一位需要管理其号码的人。</translation>
    </message>
    <message>
        <source>Who they are to you: %1, or your own word (default: self).</source>
        <translation>此人与您的关系：%1，也可自行填写（默认：self）。</translation>
    </message>
    <message>
        <source>A free-form note.</source>
        <translation>备注，内容不限。</translation>
    </message>
    <message>
        <source>The person&apos;s name, e.g. &quot;Zhang Wei&quot;.</source>
        <translation>此人的姓名，例如“张伟”。</translation>
    </message>
    <message>
        <source>Please give the person&apos;s name.</source>
        <translation>请提供此人的姓名。</translation>
    </message>
    <message>
        <source>There is already a person called “%1” in the vault.</source>
        <translation>保险库中已有名为“%1”的人。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加%1（%2）。</translation>
    </message>
</context>
<context>
    <name>AndroidSmsBackupReader</name>
    <message>
        <source>An element at line %1 is larger than 32 MiB, which no SMS backup holds; reading stopped there.</source>
        <translation>第%1行的元素超过 32 MiB，短信备份中不会有这么大的元素；读取已在此处停止。</translation>
    </message>
    <message>
        <source>This file declares its own entities, which SMS backups never do; it is not read.</source>
        <translation>此文件自行声明了实体，而短信备份从不这样做；因此不读取此文件。</translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore file: byte %1 is not UTF-8 text.</source>
        <translation>这不是 SMS Backup &amp; Restore 文件：第%1个字节不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file is damaged at line %1: byte %2 is not UTF-8 text, which SMS Backup &amp; Restore always writes.</source>
        <translation>文件在第%1行已损坏：第%2个字节不是 UTF-8 文本，而 SMS Backup &amp; Restore 写入的总是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file ends early; it may have been cut off while it was copied.</source>
        <translation>文件提前结束了；可能是在复制时被截断了。</translation>
    </message>
    <message>
        <source>This is not an SMS Backup &amp; Restore file: %1 (line %2, column %3).</source>
        <translation>这不是 SMS Backup &amp; Restore 文件：%1（第%2行，第%3列）。</translation>
    </message>
    <message>
        <source>The file is damaged at line %1, column %2: %3</source>
        <translation>文件在第%1行第%2列处已损坏：%3</translation>
    </message>
    <message>
        <source>This file nests elements more than %1 levels deep, which SMS backups never do; it is not read further.</source>
        <translation>此文件的元素嵌套超过%1层，而短信备份从不这样嵌套；不再继续读取。</translation>
    </message>
    <message>
        <source>This is a call log backup, not an SMS backup. Choose the file whose name starts with “sms-”.</source>
        <translation>这是通话记录备份，不是短信备份。请选择文件名以“sms-”开头的文件。</translation>
    </message>
    <message>
        <source>This XML file is not an SMS backup: its top element is &lt;%1&gt;, where SMS Backup &amp; Restore writes &lt;smses&gt;.</source>
        <translation>此 XML 文件不是短信备份：它的顶层元素是 &lt;%1&gt;，而 SMS Backup &amp; Restore 写入的是 &lt;smses&gt;。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n条短信超过 64 KiB，已被截短。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n message(s) before this point were read.</source>
        <translation>
            <numerusform>此处之前的%n条短信已读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The XML parser could not be started.</source>
        <translation>无法启动 XML 解析器。</translation>
    </message>
</context>
<context>
    <name>AndroidSmsDbReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>This is not an Android message database: it is not an SQLite database, or it is encrypted.</source>
        <translation>这不是安卓短信数据库：它不是 SQLite 数据库，或者已加密。</translation>
    </message>
    <message>
        <source>This is not an Android message database: SQLite cannot open it.</source>
        <translation>这不是安卓短信数据库：SQLite 无法打开它。</translation>
    </message>
    <message>
        <source>This is not an Android message database: it has no “sms” table with address, date and body columns.</source>
        <translation>这不是安卓短信数据库：里面没有含号码、日期和内容列的“sms”表。</translation>
    </message>
    <message>
        <source>The message database is damaged; no message could be read from it.</source>
        <translation>短信数据库已损坏，一条短信也读不出来。</translation>
    </message>
    <message numerus="yes">
        <source>The message database is damaged; the %n message(s) before the damage were read.</source>
        <translation>
            <numerusform>短信数据库已损坏；已读取损坏处之前的%n条短信。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n条短信超过 64 KiB，已被截短。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had a date that could not be read; they were kept without a date.</source>
        <translation>
            <numerusform>%n条短信的日期无法读取，已保留但不带日期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsListCommand</name>
    <message>
        <source>List the automatic backups of the vault, newest first.</source>
        <translation>列出保险库的自动备份，最新的排在前面。</translation>
    </message>
    <message>
        <source>Print the list as JSON, for scripts.</source>
        <translation>以 JSON 格式输出列表，供脚本使用。</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. Rebind makes one before every upgrade, passphrase change, import, merge and restore.</source>
        <translation>%1还没有任何备份。每次升级、修改密码、导入、合并和恢复之前，换绑助手都会先备份一次。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Restore one with: rebind-cli backups restore ID (the current vault is backed up first). Backups are encrypted and open with the vault&apos;s current passphrase.</source>
        <translation>要恢复某份备份，请运行：rebind-cli backups restore ID（会先备份当前的保险库）。备份都已加密，用保险库当前的密码即可打开。</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>BackupsRestoreCommand</name>
    <message>
        <source>Put a backup in the vault&apos;s place (the current vault is backed up first).</source>
        <translation>用一份备份替换保险库（会先备份当前的保险库）。</translation>
    </message>
    <message>
        <source>The backup&apos;s id or number, as `backups list` shows it.</source>
        <translation>备份的 ID 或序号，以 `backups list` 的显示为准。</translation>
    </message>
    <message>
        <source>There is no backup “%1”. `rebind-cli backups list` shows them.</source>
        <translation>没有备份“%1”。运行 `rebind-cli backups list` 可查看所有备份。</translation>
    </message>
    <message>
        <source>Restored the backup %1 (%2). The vault as it was before is kept as backup %3.</source>
        <translation>已恢复备份%1（%2）。恢复前的保险库已保存为备份%3。</translation>
    </message>
    <message>
        <source>Restored the backup %1 (%2). There was no vault file before.</source>
        <translation>已恢复备份%1（%2）。此前没有保险库文件。</translation>
    </message>
</context>
<context>
    <name>BitwardenJsonReader</name>
    <message>
        <source>This JSON file is larger than %1 MiB. Rebind has to read a JSON export whole, so it does not open files this large. Export your vault from Bitwarden as “.csv” instead, which Rebind reads row by row.</source>
        <translation>此 JSON 文件超过%1 MiB。换绑助手必须一次读入整个 JSON 导出文件，因此不会打开这么大的文件。请改为从 Bitwarden 把密码库导出为“.csv”格式，换绑助手会逐行读取它。</translation>
    </message>
    <message>
        <source>This file starts like a JSON file but is damaged or cut off (%1 at byte %2). Export it again.</source>
        <translation>此文件开头像是 JSON 文件，但已损坏或不完整（%1，位于第%2个字节）。请重新导出。</translation>
    </message>
    <message>
        <source>This Bitwarden export is encrypted, so Rebind cannot read it. In Bitwarden, export your vault again with the file format “.json” (not “.json (Encrypted)”), choose that file here, then delete it: it holds your passwords unprotected.</source>
        <translation>此 Bitwarden 导出文件已加密，换绑助手无法读取。请在 Bitwarden 中重新导出密码库，文件格式选“.json”（不要选“.json (Encrypted)”），在这里选择该文件，用完后把它删除：其中的密码没有任何保护。</translation>
    </message>
    <message>
        <source>This Bitwarden export holds no logins.</source>
        <translation>此 Bitwarden 导出文件中没有登录信息。</translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>CancellationCheck</name>
    <message>
        <source>• %1 — %2</source>
        <comment>an open item and why it matters</comment>
        <translation>• %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) that need the old number, or matter most, are not done yet:</source>
        <translation>
            <numerusform>还有%n项需要旧号码或最要紧的事项没有完成：</numerusform>
        </translation>
    </message>
    <message>
        <source>Once %1 is cancelled, codes sent to it no longer reach you: each of these will need the service&apos;s lost-number path, and after a few months the number may be given to someone else. Mark it as cancelled anyway?</source>
        <translation>%1销号后，发到它的验证码您就收不到了：以上各项都只能按各服务“旧号码已停用”的办法处理，几个月后这个号码还可能放号给别人。仍然标记为已销号吗？</translation>
    </message>
    <message>
        <source>Items still open</source>
        <translation>还有未完成的事项</translation>
    </message>
    <message>
        <source>Mark as cancelled</source>
        <translation>标记为已销号</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
</context>
<context>
    <name>CatalogListCommand</name>
    <message>
        <source>List the services in the built-in catalog, curated ones first.</source>
        <translation>列出内置服务目录中的服务，精选服务排在前面。</translation>
    </message>
    <message>
        <source>Print a JSON array with one object per service (id, names, market, category, tier, flags, detail, has_steps), for scripts.</source>
        <translation>输出 JSON 数组，每项服务对应一个对象（id、names、market、category、tier、flags、detail、has_steps），供脚本使用。</translation>
    </message>
    <message>
        <source>Only the curated services, which come with steps; not the thousands of public entries that only have basic facts.</source>
        <translation>只列出附有步骤的精选服务，不包括公开列表中只有基本信息的数千个条目。</translation>
    </message>
    <message>
        <source>Only services of this market: cn (mainland China) or global.</source>
        <translation>只列出此地区的服务：cn（中国大陆）或 global（国际）。</translation>
    </message>
    <message>
        <source>Only services of this category: %1.</source>
        <translation>只列出此类别的服务：%1。</translation>
    </message>
    <message>
        <source>No service in the catalog matches these filters.</source>
        <translation>服务目录中没有符合这些筛选条件的服务。</translation>
    </message>
</context>
<context>
    <name>CatalogSearchCommand</name>
    <message>
        <source>Find services in the catalog by name, pinyin, website or SMS number.</source>
        <translation>按名称、拼音、网站或短信号码在服务目录中查找服务。</translation>
    </message>
    <message>
        <source>Print a JSON array with one object per service, best match first, as catalog list --json does.</source>
        <translation>输出 JSON 数组，每项服务对应一个对象，最匹配的排在前面，格式与 catalog list --json 相同。</translation>
    </message>
    <message>
        <source>Show at most N services (default: %1).</source>
        <translation>最多显示 N 项服务（默认：%1）。</translation>
    </message>
    <message>
        <source>A name in Chinese or English, its pinyin or initials (weixin, wx), a website (taobao.com), an SMS signature (招商银行) or sender number (95555).</source>
        <translation>中文或英文名称、拼音或拼音首字母（weixin、wx）、网站（taobao.com）、短信签名（招商银行）或短信发送号码（95555）。</translation>
    </message>
    <message>
        <source>Please give a name, website or SMS number to search for.</source>
        <translation>请提供要查找的名称、网站或短信号码。</translation>
    </message>
    <message>
        <source>Nothing in the catalog matches “%1”. Try another name, its pinyin, its website or the number its SMS come from.</source>
        <translation>服务目录中没有与“%1”匹配的服务。请换个名称，或试试拼音、网站或发送短信的号码。</translation>
    </message>
</context>
<context>
    <name>CatalogShowCommand</name>
    <message>
        <source>Show what the catalog knows about a service and how to change its number.</source>
        <translation>显示服务目录中某项服务的信息，以及如何换绑其号码。</translation>
    </message>
    <message>
        <source>Print every field as a JSON object, with the steps in both languages, for scripts.</source>
        <translation>以 JSON 对象输出所有字段，步骤包含中英文两种语言，供脚本使用。</translation>
    </message>
    <message>
        <source>The service&apos;s id in the catalog, e.g. wechat (see catalog search).</source>
        <translation>服务在服务目录中的 ID，例如 wechat（见 catalog search）。</translation>
    </message>
    <message>
        <source>There is no service with the id “%1” in the catalog. Find its id with: rebind-cli catalog search NAME</source>
        <translation>服务目录中没有 ID 为“%1”的服务。可用此命令查找其 ID：rebind-cli catalog search NAME</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>您要找的是不是：%1？</translation>
    </message>
</context>
<context>
    <name>CatalogStatsCommand</name>
    <message>
        <source>Count the catalog&apos;s services by market, category, tier, confidence and channel.</source>
        <translation>按市场、类别、风险等级、可信程度和办理渠道统计目录里的服务。</translation>
    </message>
    <message>
        <source>Print the counts as a JSON object: curated {MARKET: {total, category, tier, confidence, channels, old_number, action_kind, with_sources, generic}}, public {total, category, tier}, redirects, companies.</source>
        <translation>以 JSON 对象输出统计：curated {市场: {total, category, tier, confidence, channels, old_number, action_kind, with_sources, generic}}、public {total, category, tier}、redirects、companies。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务数</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按风险等级</translation>
    </message>
    <message>
        <source>By confidence</source>
        <translation>按可信程度</translation>
    </message>
    <message>
        <source>Channels offered</source>
        <translation>办理渠道</translation>
    </message>
    <message>
        <source>Old number</source>
        <translation>旧号码</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>With sources</source>
        <translation>有来源的</translation>
    </message>
    <message>
        <source>Generic fallbacks</source>
        <translation>通用条目</translation>
    </message>
    <message>
        <source>Curated, market %1</source>
        <translation>精选条目，市场%1</translation>
    </message>
    <message>
        <source>Public (basic facts only)</source>
        <translation>公开条目（只有基本信息）</translation>
    </message>
    <message>
        <source>Merged public entries (redirects): %1</source>
        <translation>已并入精选条目的公开条目（重定向）：%1</translation>
    </message>
    <message>
        <source>Companies (shared SMS signatures): %1</source>
        <translation>集团（共用短信签名）：%1</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Critical</source>
        <comment>risk tier</comment>
        <translation>极高</translation>
    </message>
    <message>
        <source>High</source>
        <comment>risk tier</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>risk tier</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>risk tier</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Needs the old number: change it before you cancel the old one, while it still receives codes.</source>
        <translation>需要旧号码：请在旧号码销号前、仍能收到验证码时完成换绑。</translation>
    </message>
    <message>
        <source>Needs a branch visit with your ID card.</source>
        <translation>需要携带身份证到网点办理。</translation>
    </message>
    <message>
        <source>Needs a visit to a service counter with your ID card.</source>
        <translation>需要携带身份证到服务窗口办理。</translation>
    </message>
    <message>
        <source>Anyone who gets the number can sign in with just an SMS code: change it before the number is given up.</source>
        <translation>任何拿到此号码的人仅凭短信验证码就能登录：请在放弃号码前完成换绑。</translation>
    </message>
    <message>
        <source>The number cannot simply be removed: change it to another number.</source>
        <translation>无法直接解绑号码：请换绑到其他号码。</translation>
    </message>
    <message>
        <source>The account cannot be closed.</source>
        <translation>此账号无法注销。</translation>
    </message>
    <message>
        <source>To change the number:</source>
        <translation>换绑到新号码的步骤：</translation>
    </message>
    <message>
        <source>To remove the number:</source>
        <translation>解绑号码的步骤：</translation>
    </message>
    <message>
        <source>To close the account:</source>
        <translation>注销账号的步骤：</translation>
    </message>
    <message>
        <source>easy</source>
        <comment>deletion difficulty</comment>
        <translation>容易</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>deletion difficulty</comment>
        <translation>中等</translation>
    </message>
    <message>
        <source>hard</source>
        <comment>deletion difficulty</comment>
        <translation>困难</translation>
    </message>
    <message>
        <source>impossible</source>
        <comment>deletion difficulty</comment>
        <translation>无法注销</translation>
    </message>
    <message>
        <source>difficulty: %1</source>
        <translation>难度：%1</translation>
    </message>
    <message>
        <source>High: checked against the official help page</source>
        <translation>高：已对照官方帮助页面核实</translation>
    </message>
    <message>
        <source>Medium: several independent sources agree</source>
        <translation>中：多个独立来源说法一致</translation>
    </message>
    <message>
        <source>Low: not confirmed, so check the official help page as well</source>
        <translation>低：尚未证实，请同时查看官方帮助页面</translation>
    </message>
    <message>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>语音电话</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>authenticator app</source>
        <translation>身份验证器应用</translation>
    </message>
    <message>
        <source>security key</source>
        <translation>安全密钥</translation>
    </message>
    <message>
        <source>the service&apos;s own app</source>
        <translation>该服务自己的应用</translation>
    </message>
    <message>
        <source>the service&apos;s own device</source>
        <translation>该服务自己的设备</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>SMS signed</source>
        <translation>短信签名</translation>
    </message>
    <message>
        <source>SMS from</source>
        <translation>短信发送号码</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>两步验证</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细程度</translation>
    </message>
    <message>
        <source>Curated, with steps</source>
        <translation>精选，附有步骤</translation>
    </message>
    <message>
        <source>Basic facts only (from 2fa.directory and JustDeleteMe)</source>
        <translation>仅有基本信息（来自 2fa.directory 和 JustDeleteMe）</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>注意事项：</translation>
    </message>
    <message>
        <source>There are no steps for this service yet. Look in its account or security settings for the phone number, or see its help pages.</source>
        <translation>此服务暂时还没有步骤。请在它的账号设置或安全设置中查找手机号，或查看它的帮助页面。</translation>
    </message>
    <message>
        <source>Without the old number:</source>
        <translation>旧号码已无法使用时：</translation>
    </message>
    <message>
        <source>Official help page</source>
        <translation>官方帮助页面</translation>
    </message>
    <message>
        <source>Delete the account</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <source>How sure we are</source>
        <translation>可靠程度</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>最后核对日期</translation>
    </message>
    <message>
        <source>This is the phone line itself: it is cancelled or kept, not changed to the new number. Cancel it last.</source>
        <translation>这就是这个手机号本身：只能注销或保留，不能改成新号码。最后再注销。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 (official)</source>
        <translation>%1（官方）</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the whole vault file for damage (opening it checks less).</source>
        <translation>完整检查保险库文件有无损坏（打开时的检查较少）。</translation>
    </message>
    <message>
        <source>%1 is intact: every page, index and reference was checked.</source>
        <translation>%1完好：每一页、每个索引和每个引用都已检查。</translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>Person:</source>
        <translation>机主：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>New number:</source>
        <translation>新号码：</translation>
    </message>
    <message>
        <source>Cancel date:</source>
        <translation>销号日期：</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>清单：%1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Official page: %1</source>
        <translation>官方页面：%1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>No services are listed for this number yet.</source>
        <translation>这个号码还没有列出任何服务。</translation>
    </message>
    <message>
        <source>Rebind checklist · printed %1 · page %2 of %3</source>
        <translation>换绑清单 · 打印于%1 · 第%2页，共%3页</translation>
    </message>
    <message>
        <source>Can&apos;t do it now (%1): %2</source>
        <translation>现在办不了（%1）：%2</translation>
    </message>
    <message>
        <source>Can&apos;t do it now: %1</source>
        <translation>现在办不了：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a due date and that it is overdue</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ChecklistPainter</name>
    <message>
        <source>Could not start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>无法开始新的一页。</translation>
    </message>
    <message>
        <source>Rebind checklist</source>
        <translation>换绑清单</translation>
    </message>
    <message>
        <source>The list is too long for one picture. Export it as a PDF, or one number at a time.</source>
        <translation>清单太长，一张图片放不下。请导出为 PDF，或者每次只导出一个号码。</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>The vault file (default: %1).</source>
        <translation>保险库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>Usage: %1 [--vault PATH] COMMAND [ARGS]</source>
        <translation>用法：%1 [--vault PATH] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Passphrases are never taken from the command line: on a terminal they are asked for without echo, otherwise each one is read as one line from standard input.</source>
        <translation>密码绝不从命令行参数读取：在终端中会提示输入且不回显；否则从标准输入逐行读取，每行一个密码。</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>运行 &quot;%1 COMMAND --help&quot; 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Usage: %1 [--vault PATH] %2 %3</source>
        <translation>用法：%1 [--vault PATH] %2 %3</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for usage.</source>
        <translation>运行 &quot;%1&quot; 查看用法。</translation>
    </message>
    <message>
        <source>Rebind (换绑助手) keeps an encrypted list of every service tied to your phone numbers, so that you can rebind or unbind each one before a number is cancelled.</source>
        <translation>换绑助手（Rebind）为您加密保存与手机号绑定的所有服务清单，方便您在号码销号前逐一换绑或解绑。</translation>
    </message>
    <message>
        <source>No command given. Commands: %1.</source>
        <translation>未指定命令。可用命令：%1。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
    <message>
        <source>%1 needs more arguments: %1 %2</source>
        <translation>%1缺少参数：%1 %2</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”. Usage: %2 %3</source>
        <translation>多余的参数“%1”。用法：%2 %3</translation>
    </message>
    <message>
        <source>The built-in catalog of services: find a service and see how to change its number. Needs no vault.</source>
        <translation>内置服务目录：查找服务，并查看如何换绑其号码。无需保险库。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUBCOMMAND [ARGS]</source>
        <translation>用法：%1 %2 SUBCOMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>运行 &quot;%1 %2 SUBCOMMAND --help&quot; 查看某个子命令的选项。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>用法：%1 %2 %3</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand: %2.</source>
        <translation>“%1”需要指定子命令：%2。</translation>
    </message>
    <message>
        <source>Unknown %1 subcommand “%2”. Subcommands: %3.</source>
        <translation>未知的%1子命令“%2”。可用子命令：%3。</translation>
    </message>
    <message>
        <source>The encrypted backups Rebind keeps beside the vault before every upgrade, passphrase change, import, merge and restore.</source>
        <translation>换绑助手在每次升级、修改密码、导入、合并和恢复之前，保存在保险库旁边的加密备份。</translation>
    </message>
</context>
<context>
    <name>DiscoveryScanner</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a file Rebind can scan. It reads SMS backups (%2) and password exports (%3).</source>
        <translation>%1不是换绑助手能扫描的文件。换绑助手能读取短信备份（%2）和密码导出文件（%3）。</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n天前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person name (relation)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>phone number · status</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Your unsaved changes were kept while Rebind was locked.</source>
        <translation>换绑助手锁定期间，您尚未保存的更改已为您保留。</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>磁盘已满。未做任何更改；请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened to be saved: %2</source>
        <translation>无法打开%1进行保存：%2</translation>
    </message>
    <message>
        <source>%1 could not be saved to the disk.</source>
        <translation>无法将%1保存到磁盘。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>Saving %1 to the disk</source>
        <translation>将%1保存到磁盘</translation>
    </message>
    <message>
        <source>Opening the folder %1</source>
        <translation>打开文件夹%1</translation>
    </message>
    <message>
        <source>Saving the folder %1</source>
        <translation>保存文件夹%1</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>无法替换%1。</translation>
    </message>
    <message>
        <source>Replacing %1</source>
        <translation>替换%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建%1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than expected; it was not copied.</source>
        <translation>%1比预期的大，因此没有复制。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 (was: %3)</source>
        <comment>field: new value (was: old value)</comment>
        <translation>%1：%2（原为：%3）</translation>
    </message>
    <message>
        <source>Notes: changed</source>
        <translation>备注：已更改</translation>
    </message>
    <message>
        <source>someone removed since</source>
        <translation>一位已被删除的人</translation>
    </message>
    <message>
        <source>a service added since</source>
        <translation>一项后来添加的服务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Whose number</source>
        <translation>机主</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancel date</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>新号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>How the number is used</source>
        <translation>号码用途</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>%1 was changed by another program while you were editing it:

%2

Keep your version and overwrite that change, or use theirs and drop your edits?</source>
        <translation>在您编辑%1时，另一个程序修改了它：

%2

要保留您的版本并覆盖对方的修改，还是采用对方的版本并放弃您的编辑？</translation>
    </message>
    <message>
        <source>Changed by another program</source>
        <translation>已被其他程序修改</translation>
    </message>
    <message>
        <source>Keep &amp;mine (overwrite)</source>
        <translation>保留我的版本（覆盖）(&amp;M)</translation>
    </message>
    <message>
        <source>Use &amp;theirs (reload)</source>
        <translation>采用对方的版本（重新载入）(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>继续编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Add it again with your version, or drop your edits?</source>
        <translation>要按您的版本重新添加，还是放弃您的编辑？</translation>
    </message>
    <message>
        <source>Removed by another program</source>
        <translation>已被其他程序删除</translation>
    </message>
    <message>
        <source>Keep &amp;mine (add it again)</source>
        <translation>保留我的版本（重新添加）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Drop my edits</source>
        <translation>放弃我的编辑(&amp;D)</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Restored after being deleted</source>
        <translation>删除后已恢复</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ExitCodeText</name>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>usage error: an unknown command or option, a missing argument, an invalid value</source>
        <translation>用法错误：未知的命令或选项、缺少参数、取值无效</translation>
    </message>
    <message>
        <source>the vault cannot be opened: wrong passphrase, damaged, missing, not a vault</source>
        <translation>无法打开保险库：密码错误、已损坏、不存在或不是保险库</translation>
    </message>
    <message>
        <source>status: not yet safe to cancel (also while no services are listed), or cancelled with items still open</source>
        <translation>status：还不能销号（尚未列出任何服务时也是如此），或已销号但仍有事项未完成</translation>
    </message>
    <message>
        <source>already exists: the vault file, person, number or service</source>
        <translation>已存在：保险库文件、人员、号码或服务</translation>
    </message>
    <message>
        <source>no usable new passphrase: none given, empty, or the two entries differ</source>
        <translation>没有可用的新密码：未输入、为空或两次输入不一致</translation>
    </message>
    <message>
        <source>any other failure (the folder or disk refuses to be written, a file too large, …)</source>
        <translation>其他失败（文件夹或磁盘拒绝写入、文件太大等）</translation>
    </message>
    <message>
        <source>the person, number, service or backup named is not in the vault (or the catalog)</source>
        <translation>指定的人员、号码、服务或备份不在保险库中（或不在目录中）</translation>
    </message>
    <message>
        <source>the vault is in use by another program: close Rebind there or lock it (Ctrl+L)</source>
        <translation>保险库正被另一个程序使用：请在那里关闭换绑助手或锁定它（Ctrl+L）</translation>
    </message>
    <message>
        <source>Exit status, the same for every command:</source>
        <translation>退出码（所有命令相同）：</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a number&apos;s, a person&apos;s or the whole vault&apos;s plan or inventory to a file.</source>
        <translation>把某个号码、某个人或整个保险库的计划或服务清单写入文件。</translation>
    </message>
    <message>
        <source>Export all numbers of this person.</source>
        <translation>导出此人的所有号码。</translation>
    </message>
    <message>
        <source>Export the whole vault.</source>
        <translation>导出整个保险库。</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>要写入的文件（如已存在则替换）。</translation>
    </message>
    <message>
        <source>pdf, png, csv: include account names (left out otherwise).</source>
        <translation>pdf、png、csv：包含账号名（否则不写入账号名）。</translation>
    </message>
    <message>
        <source>A number in the vault, in any usual spelling.</source>
        <translation>保险库中的一个号码，常见写法均可。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use one of %2.</source>
        <translation>未知的格式“%1”：请使用以下格式之一：%2。</translation>
    </message>
    <message>
        <source>Say what to export: a NUMBER, --person NAME or --all (one of them).</source>
        <translation>请说明要导出什么：NUMBER、--person NAME 或 --all（三者选一）。</translation>
    </message>
    <message>
        <source>Say where to write it: -o FILE.</source>
        <translation>请说明要写到哪里：-o FILE。</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper 只能是 a4 或 letter。</translation>
    </message>
    <message>
        <source>%1 is not in the vault.</source>
        <translation>保险库中没有%1。</translation>
    </message>
    <message>
        <source>Passphrase for the hand-off file: </source>
        <translation>移交文件的密码：</translation>
    </message>
    <message>
        <source>pdf, png: large print for elderly readers (16 pt type, service names in the reader&apos;s language only).</source>
        <translation>pdf、png：大字版，供年长的读者使用（16 磅字，服务名称只用读者的语言）。</translation>
    </message>
    <message>
        <source>pdf, png: print the old number in full too (masked as 138 **** 8000 otherwise; the new number is printed in full, to be typed). ics: both numbers in full.</source>
        <translation>pdf、png：旧号码也完整打印（否则显示为 138 **** 8000；新号码总是完整打印，方便输入）。ics：两个号码都完整显示。</translation>
    </message>
    <message>
        <source>pdf, png: mask the new number as well as the old one.</source>
        <translation>pdf、png：新号码也和旧号码一样打码。</translation>
    </message>
    <message>
        <source>pdf, png: service names in both languages also in large print (the standard checklist always has them).</source>
        <translation>pdf、png：大字版也用中英文两种语言写服务名称（标准清单总是如此）。</translation>
    </message>
    <message>
        <source>pdf: the paper size, a4 or letter (default: letter where the system&apos;s locale prints on it, as in the US, Canada and Mexico; a4 elsewhere).</source>
        <translation>pdf：纸张大小，a4 或 letter（默认：系统区域使用 Letter 纸的地方，如美国、加拿大、墨西哥，用 letter；其他地方用 a4）。</translation>
    </message>
    <message>
        <source>--show-number and --mask-new ask for opposite things: use one of them.</source>
        <translation>--show-number 和 --mask-new 的要求相反：请只用其中一个。</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>This person is no longer in the vault.</source>
        <translation>保险库中已没有此人。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Rebind hand-off files (*.rebindhandoff)</source>
        <translation>换绑助手移交文件 (*.rebindhandoff)</translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who gets it can read the whole list, phone numbers included.</source>
        <translation>此文件没有加密：任何拿到它的人都能看到整份清单，包括手机号。</translation>
    </message>
    <message>
        <source>This file is not encrypted, and calendars are often synchronised to online accounts. Phone numbers are masked unless you ask for them.</source>
        <translation>此文件没有加密，而且日历常常会同步到网上的账号。除非您选择完整显示，手机号会隐去中间数字。</translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who gets it can read everything in it, numbers, accounts and history included. For moving to another computer, use a hand-off file.</source>
        <translation>此文件没有加密：任何拿到它的人都能看到其中的全部内容，包括号码、账号和修改记录。如果要转移到另一台电脑，请使用移交文件。</translation>
    </message>
    <message>
        <source>The hand-off file is encrypted with the passphrase you choose. Give the passphrase separately (say it on the phone), not with the file.</source>
        <translation>移交文件会用您设置的密码加密。请把密码单独告诉对方（比如打电话告诉），不要和文件一起发送。</translation>
    </message>
    <message>
        <source>Choose a passphrase for the hand-off file.</source>
        <translation>请为移交文件设置一个密码。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n number(s) with their services to %1.</source>
        <translation>
            <numerusform>已将%n个号码及其服务写入%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the list to %1.</source>
        <translation>已将清单写入%1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已将%n页写入%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the picture to %1.</source>
        <translation>已将图片保存到%1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n reminder(s) to %1.</source>
        <translation>
            <numerusform>已将%n条提醒写入%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>This kind of export is not known.</source>
        <translation>不认识这种导出方式。</translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who gets it can read it. The new number is printed in full, to be typed; the old number is masked and account names left out unless you ask for them.</source>
        <translation>此文件未加密：拿到它的人都能看到内容。新号码会完整打印，方便输入；旧号码会打码，账号名称也不打印，除非您要求。</translation>
    </message>
</context>
<context>
    <name>FileToOpen</name>
    <message>
        <source>Rebind opens only files on this computer, not %1.</source>
        <translation>换绑助手只能打开本机上的文件，无法打开%1。</translation>
    </message>
    <message>
        <source>Rebind cannot open %1: there is no such file.</source>
        <translation>换绑助手无法打开%1：文件不存在。</translation>
    </message>
    <message>
        <source>Rebind cannot open %1: it is a folder, not a vault or a hand-off file.</source>
        <translation>换绑助手无法打开%1：这是一个文件夹，不是保险库或移交文件。</translation>
    </message>
    <message>
        <source>Rebind cannot read %1: %2</source>
        <translation>换绑助手无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Rebind hand-off file, or it is damaged. Ask the helper who made it to export it again.</source>
        <translation>%1不是换绑助手移交文件，或者已损坏。请让制作这个文件的人重新导出。</translation>
    </message>
</context>
<context>
    <name>FindingAdder</name>
    <message numerus="yes">
        <source>Found by scanning: %1, %n time(s), last on %2.</source>
        <translation>
            <numerusform>扫描发现：%1，共%n次，最近一次在%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found by scanning: %1, %n time(s).</source>
        <translation>
            <numerusform>扫描发现：%1，共%n次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffFile</name>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>内存不足，无法派生密钥（需要%1 MiB）。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the hand-off file was changed after it was written.</source>
        <translation>密码错误，或者移交文件在生成后被改动过。</translation>
    </message>
    <message>
        <source>The hand-off file is incomplete: it is shorter than it says. It may have been cut off while being copied.</source>
        <translation>移交文件不完整：它比应有的长度短。可能是在复制时被截断了。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>Please enter a passphrase for the file.</source>
        <translation>请为文件输入密码。</translation>
    </message>
    <message>
        <source>These key derivation settings are not supported.</source>
        <translation>不支持这些密钥派生设置。</translation>
    </message>
    <message>
        <source>The inventory is too large for a hand-off file.</source>
        <translation>数据太多，无法放进一个移交文件。</translation>
    </message>
    <message>
        <source>The hand-off file cannot be written at this location.</source>
        <translation>无法在此位置写入移交文件。</translation>
    </message>
    <message>
        <source>The disk is full: the hand-off file could not be written.</source>
        <translation>磁盘已满：无法写入移交文件。</translation>
    </message>
    <message>
        <source>The hand-off file could not be written: %1</source>
        <translation>无法写入移交文件：%1</translation>
    </message>
    <message>
        <source>The hand-off file does not exist.</source>
        <translation>移交文件不存在。</translation>
    </message>
    <message>
        <source>The hand-off file cannot be read: %1</source>
        <translation>无法读取移交文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; it cannot be a hand-off file.</source>
        <translation>此文件大于%1 MiB，不可能是移交文件。</translation>
    </message>
    <message>
        <source>This is not a Rebind hand-off file.</source>
        <translation>这不是换绑助手的移交文件。</translation>
    </message>
    <message>
        <source>This hand-off file was made by a newer version of Rebind. Update Rebind to open it.</source>
        <translation>此移交文件由更新版本的换绑助手创建。请更新换绑助手后再打开。</translation>
    </message>
    <message>
        <source>The hand-off file is damaged: its key derivation settings are not supported.</source>
        <translation>移交文件已损坏：其中的密钥派生设置不受支持。</translation>
    </message>
    <message>
        <source>The hand-off file is damaged: it claims to hold more than %1 MiB.</source>
        <translation>移交文件已损坏：它声称包含超过%1 MiB 的数据。</translation>
    </message>
    <message>
        <source>The hand-off file was changed: it has data after its end.</source>
        <translation>移交文件被改动过：文件结尾之后还有多余的数据。</translation>
    </message>
    <message>
        <source>The hand-off file opened, but its contents are not valid. %1</source>
        <translation>移交文件已打开，但其中的内容无效。%1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Merge a JSON export or a hand-off file into the vault.</source>
        <translation>把 JSON 导出文件或移交文件合并到保险库中。</translation>
    </message>
    <message>
        <source>The file to read. A hand-off file&apos;s passphrase is asked for after the vault&apos;s.</source>
        <translation>要读取的文件。如果是移交文件，会在输入保险库密码之后再询问移交文件的密码。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or handoff.</source>
        <translation>未知的格式“%1”：请使用 json 或 handoff。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1不存在。</translation>
    </message>
    <message>
        <source>Passphrase of the hand-off file: </source>
        <translation>移交文件的密码：</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s), </source>
        <translation>
            <numerusform>新增%n人、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) </source>
        <translation>
            <numerusform>%n个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n service entry(ies); </source>
        <translation>
            <numerusform>和%n条服务记录；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n; </source>
        <translation>
            <numerusform>更新%n条；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date.</source>
        <translation>
            <numerusform>%n条已是最新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) where the two sides disagreed:</source>
        <translation>
            <numerusform>有%n处两边不一致：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: too large to be a Rebind export.</source>
        <translation>%1大于%2 MiB，太大了，不可能是换绑助手的导出文件。</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new, empty vault.</source>
        <translation>新建一个空的保险库。</translation>
    </message>
    <message>
        <source>How long opening the vault should take on this computer, in milliseconds (default %1). Longer is harder to attack; the cost never goes below libsodium&apos;s interactive limits.</source>
        <translation>在这台电脑上打开保险库应耗费的时间，单位为毫秒（默认%1）。时间越长越难被破解；强度不会低于 libsodium 的交互式下限。</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file. Use --vault to create the vault somewhere else.</source>
        <translation>%1已存在；init 不会覆盖任何文件。请用 --vault 在其他位置新建保险库。</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>%1的新密码：</translation>
    </message>
    <message>
        <source>Created the vault %1. Keep the passphrase safe: without it the vault cannot be opened.</source>
        <translation>已新建保险库%1。请妥善保管密码：没有密码将无法打开保险库。</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>%1 is too long.</source>
        <translation>%1过长。</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This person is no longer in the vault.</source>
        <translation>保险库中已没有此人。</translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>Choose whose number this is.</source>
        <translation>请选择这是谁的号码。</translation>
    </message>
    <message>
        <source>The new number must differ from the number being replaced.</source>
        <translation>新号码不能与要替换的号码相同。</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>This number is no longer in the vault.</source>
        <translation>保险库中已没有此号码。</translation>
    </message>
    <message>
        <source>%1 is already in the vault.</source>
        <translation>保险库中已有%1。</translation>
    </message>
    <message>
        <source>This service is no longer in the vault.</source>
        <translation>保险库中已没有此服务。</translation>
    </message>
    <message>
        <source>Please enter the service&apos;s name.</source>
        <translation>请输入服务名称。</translation>
    </message>
    <message>
        <source>The service’s name or address</source>
        <translation>服务名称或网址</translation>
    </message>
    <message>
        <source>This entry is no longer in the vault.</source>
        <translation>保险库中已没有此条目。</translation>
    </message>
    <message>
        <source>The account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>This service with this account is already listed for the number.</source>
        <translation>该号码下已有此服务的同一账号。</translation>
    </message>
    <message>
        <source>The number or the service of this entry is no longer in the vault.</source>
        <translation>此条目对应的号码或服务已不在保险库中。</translation>
    </message>
    <message>
        <source>These steps do not belong to a known service.</source>
        <translation>这些步骤不属于任何已知服务。</translation>
    </message>
    <message>
        <source>The steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>This plan step is not known.</source>
        <translation>不认识这个计划步骤。</translation>
    </message>
    <message>
        <source>There is no change to undo for this service.</source>
        <translation>这项服务没有可以撤销的修改。</translation>
    </message>
    <message>
        <source>This service is not known.</source>
        <translation>不认识这项服务。</translation>
    </message>
    <message>
        <source>A change in the history is not valid.</source>
        <translation>修改记录中有一项更改无效。</translation>
    </message>
    <message>
        <source>This number was changed since, by another program: the edit is not undone.</source>
        <translation>这个号码已被其他程序修改，这次修改没有撤销。</translation>
    </message>
    <message>
        <source>The change was interrupted.</source>
        <translation>更改被中断。</translation>
    </message>
</context>
<context>
    <name>IosBackupFolder</name>
    <message>
        <source>This iPhone backup is encrypted, so Rebind cannot read the messages in it. Make an unencrypted backup: in Finder (Mac), iTunes or Apple Devices (Windows) or 爱思助手, turn off “Encrypt local backup” (it asks for the backup password), back up again and choose the new backup folder. Or export the messages another way.</source>
        <translation>这个 iPhone 备份是加密的，换绑助手读不了里面的短信。请做一份不加密的备份：在访达（Mac）、iTunes 或“Apple 设备”（Windows）或爱思助手里，关闭“给本地备份加密”（会要求输入备份密码），重新备份，然后选择新的备份文件夹。也可以用别的方法导出短信。</translation>
    </message>
    <message>
        <source>%1 The backup may be damaged or incomplete: back up the iPhone again, or export the messages another way.</source>
        <translation>%1备份可能已损坏或不完整：请重新备份 iPhone，或用别的方法导出短信。</translation>
    </message>
    <message>
        <source>This iPhone backup’s list of files names the messages database (sms.db), but the file %1 is not there.</source>
        <translation>这个 iPhone 备份的文件清单里有短信数据库（sms.db），但文件%1不存在。</translation>
    </message>
    <message>
        <source>This iPhone backup’s list of files (Manifest.db) cannot be read, and the messages database (sms.db) is not where older backups keep it.</source>
        <translation>这个 iPhone 备份的文件清单（Manifest.db）无法读取，短信数据库（sms.db）也不在旧版备份存放的位置。</translation>
    </message>
    <message>
        <source>This iPhone backup holds no messages database (sms.db).</source>
        <translation>这个 iPhone 备份里没有短信数据库（sms.db）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n iPhone backup(s): %2. Choose the folder of one of them.</source>
        <translation>
            <numerusform>%1里有%n个 iPhone 备份：%2。请选择其中一个备份的文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder, but not an iPhone backup: it has no Manifest.db, Manifest.plist or Info.plist. Choose an SMS backup file, or the folder of one iPhone backup (in MobileSync/Backup, one folder per device).</source>
        <translation>%1是一个文件夹，但不是 iPhone 备份：里面没有 Manifest.db、Manifest.plist 或 Info.plist。请选择短信备份文件，或某一个 iPhone 备份的文件夹（在 MobileSync/Backup 里，每台设备一个文件夹）。</translation>
    </message>
</context>
<context>
    <name>IosSmsDbReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>it is not an SQLite database, or the backup is encrypted</source>
        <translation>它不是 SQLite 数据库，或者备份已加密</translation>
    </message>
    <message>
        <source>SQLite cannot open it</source>
        <translation>SQLite 无法打开它</translation>
    </message>
    <message>
        <source>SQLite cannot read it</source>
        <translation>SQLite 无法读取它</translation>
    </message>
    <message>
        <source>it has no “message” and “handle” tables</source>
        <translation>其中没有“message”和“handle”表</translation>
    </message>
    <message>
        <source>its tables lack the columns iOS writes</source>
        <translation>其中的表缺少 iOS 写入的列</translation>
    </message>
    <message>
        <source>sms.db is damaged; no message could be read from it.</source>
        <translation>sms.db 已损坏；无法从中读取任何短信。</translation>
    </message>
    <message numerus="yes">
        <source>sms.db is damaged; the %n message(s) before the damage were read.</source>
        <translation>
            <numerusform>sms.db 已损坏；已读取损坏处之前的%n条短信。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n条短信超过 64 KiB，已被截短。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an iPhone message database (%1). Rebind reads an unencrypted iPhone backup: choose the backup&apos;s folder, or sms.db in it (the file %2 in the backup&apos;s “3d” folder).</source>
        <translation>这不是 iPhone 短信数据库（%1）。换绑助手读取不加密的 iPhone 备份：请选择备份的文件夹，或其中的 sms.db（备份里“3d”文件夹中的文件%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) kept their text in a form Rebind cannot read and were skipped.</source>
        <translation>
            <numerusform>%n条短信的内容以换绑助手读不了的形式保存，已跳过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <source>The keychain of this computer did not answer.</source>
        <translation>这台电脑的系统钥匙串没有响应。</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer.</source>
        <translation>这台电脑上没有运行系统钥匙串服务。</translation>
    </message>
    <message>
        <source>The keychain of this computer is locked or refused access.</source>
        <translation>这台电脑的系统钥匙串已锁定，或拒绝了访问。</translation>
    </message>
    <message>
        <source>The keychain of this computer has no keyring set up to keep the passphrase in.</source>
        <translation>这台电脑的系统钥匙串还没有可以保存密码的密钥环。</translation>
    </message>
    <message>
        <source>The keychain of this computer reported a problem.</source>
        <translation>这台电脑的系统钥匙串报告了一个问题。</translation>
    </message>
    <message>
        <source>Rebind works as usual; you type your passphrase each time.</source>
        <translation>换绑助手照常可用，只是每次都需要输入密码。</translation>
    </message>
    <message>
        <source>The passphrase is not remembered: Rebind works as usual and asks for it each time.</source>
        <translation>密码没有被记住：换绑助手照常可用，每次都会请您输入密码。</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The remembered passphrase may still be kept there; please try again later.</source>
        <translation>记住的密码可能仍保存在那里，请稍后再试。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>what happened, then what still works</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Show the services tied to every number, or to one number.</source>
        <translation>列出每个号码（或指定号码）绑定的服务。</translation>
    </message>
    <message>
        <source>Print a JSON array with one object per service and number, for scripts.</source>
        <translation>输出 JSON 数组，每个服务与号码的组合对应一个对象，供脚本使用。</translation>
    </message>
    <message>
        <source>Only this number, in any usual spelling.</source>
        <translation>只列出此号码，常见写法均可。</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>%1 is not in the vault.</source>
        <translation>保险库中没有%1。</translation>
    </message>
</context>
<context>
    <name>ListingText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>cancel on %1</source>
        <translation>%1销号</translation>
    </message>
    <message>
        <source>new number %1</source>
        <translation>新号码%1</translation>
    </message>
    <message>
        <source>The vault is empty. Start with: rebind-cli add-person NAME</source>
        <translation>保险库是空的。请先运行：rebind-cli add-person NAME</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>还没有号码。</translation>
    </message>
    <message>
        <source>No services listed yet.</source>
        <translation>还没有列出服务。</translation>
    </message>
</context>
<context>
    <name>MarkCommand</name>
    <message>
        <source>Record how far one item of a number&apos;s plan is (e.g. done).</source>
        <translation>记录号码计划中某一项的进度（例如已完成）。</translation>
    </message>
    <message>
        <source>A number in the vault, in any usual spelling.</source>
        <translation>保险库中的一个号码，常见写法均可。</translation>
    </message>
    <message>
        <source>A service tied to the number: its key from plan --json or list --json (catalog id or custom:&lt;uid&gt;) or its name; every account of that service is marked. Or one of the plan&apos;s own steps: %1.</source>
        <translation>与该号码绑定的服务：plan --json 或 list --json 中的键（目录 ID 或 custom:&lt;uid&gt;）或服务名称；该服务的所有账号都会被标记。也可以是计划自身的步骤之一：%1。</translation>
    </message>
    <message>
        <source>How far it is: %1.</source>
        <translation>进度：%1。</translation>
    </message>
    <message>
        <source>Marked “%1” for %2 as %3.</source>
        <translation>已将%2的“%1”标记为%3。</translation>
    </message>
    <message>
        <source>“%1” is not tied to %2. See rebind-cli plan %3 for its services, or use one of the plan&apos;s own steps: %4.</source>
        <translation>“%1”没有与%2绑定。可用“rebind-cli plan %3”查看它的服务，或使用计划自身的步骤之一：%4。</translation>
    </message>
    <message>
        <source>Marked %1 for %2 as %3.</source>
        <translation>已将%2的%1标记为%3。</translation>
    </message>
    <message>
        <source>Please give the service&apos;s key or name.</source>
        <translation>请给出服务的键或名称。</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Warning: this passphrase is weak (%1). Anyone who gets a copy of the vault file could guess it; a few unrelated words are stronger.</source>
        <translation>警告：此密码强度较弱（%1）。任何拿到保险库文件副本的人都可能猜出它；用几个互不相关的词会更安全。</translation>
    </message>
</context>
<context>
    <name>NullKeyStore</name>
    <message>
        <source>No keychain is available on this computer, so the passphrase cannot be remembered.</source>
        <translation>这台电脑上没有可用的系统钥匙串，因此无法记住密码。</translation>
    </message>
</context>
<context>
    <name>NumberOwner</name>
    <message>
        <source>your mother</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>母亲</translation>
    </message>
    <message>
        <source>your father</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>父亲</translation>
    </message>
    <message>
        <source>your spouse</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>配偶</translation>
    </message>
    <message>
        <source>your child</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>子女</translation>
    </message>
    <message>
        <source>your brother or sister</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>your grandparent</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>your relative</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>亲属</translation>
    </message>
    <message>
        <source>your friend</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>朋友</translation>
    </message>
    <message>
        <source>the number&apos;s owner</source>
        <comment>owner of the number, in a sentence</comment>
        <translation>机主</translation>
    </message>
</context>
<context>
    <name>PassphraseReader</name>
    <message>
        <source>The passphrase could not be read.</source>
        <translation>无法读取密码。</translation>
    </message>
    <message>
        <source>The passphrase is too long (more than %1 bytes).</source>
        <translation>密码太长（超过%1字节）。</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>没有输入密码。</translation>
    </message>
    <message>
        <source>No passphrase was given: pipe it as one line on standard input, or run the command in a terminal.</source>
        <translation>没有提供密码：请通过标准输入以单独一行传入，或在终端中运行此命令。</translation>
    </message>
    <message>
        <source>The passphrase is not valid UTF-8 text.</source>
        <translation>密码不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>两次输入的密码不一致。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Enter a passphrase</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>非常弱：很容易被猜到</translation>
    </message>
    <message>
        <source>Weak: add more words</source>
        <translation>弱：请再加几个词</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>非常强</translation>
    </message>
</context>
<context>
    <name>PasswdCommand</name>
    <message>
        <source>Change the vault&apos;s passphrase (the old one, then the new one).</source>
        <translation>修改保险库的密码（先输入旧密码，再输入新密码）。</translation>
    </message>
    <message>
        <source>How long opening the vault should take from now on, in milliseconds (default %1).</source>
        <translation>今后打开保险库应耗费的时间，单位为毫秒（默认%1）。</translation>
    </message>
    <message>
        <source>Current passphrase for %1: </source>
        <translation>%1的当前密码：</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Changed the passphrase of %1. The old passphrase no longer opens it, nor any of its backups.</source>
        <translation>已修改%1的密码。旧密码再也打不开它，也打不开它的任何备份。</translation>
    </message>
</context>
<context>
    <name>PasswordCsvReader</name>
    <message>
        <source>The file could not be read to the end (after line %1); the entries before that point were read.</source>
        <translation>文件无法读到末尾（在第%1行之后中断）；已读取此前的条目。</translation>
    </message>
    <message>
        <source>The file ends inside a quoted field that starts on line %1, so it may be cut off; the rows from there on were skipped.</source>
        <translation>文件结束在第%1行开始的一个带引号的字段中，可能不完整；从该行起的内容已跳过。</translation>
    </message>
    <message>
        <source>The row on line %1 is too long to be a login and was skipped.</source>
        <translation>第%1行太长，不像是一条登录信息，已跳过。</translation>
    </message>
    <message>
        <source>The row on line %1 has a web address, user name or title longer than %2 KiB and was skipped.</source>
        <translation>第%1行的网址、用户名或标题超过%2 KiB，已跳过。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) contain text that is not UTF-8, the first on line %1; letters in them may show as �. If the file was saved from a spreadsheet, save it again as “CSV UTF-8”.</source>
        <translation>
            <numerusform>%n行含有非 UTF-8 文本（第一处在第%1行）；其中的部分字符可能显示为 �。如果文件是从电子表格保存的，请重新另存为“CSV UTF-8”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has the header row of a %1 export but no logins under it.</source>
        <translation>此文件有%1导出文件的标题行，但下面没有登录信息。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) like these.</source>
        <translation>
            <numerusform>…另外还有%n个类似的问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordExportReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>文件没有以读取方式打开。</translation>
    </message>
    <message>
        <source>The file is empty. Export your passwords again and choose the new file.</source>
        <translation>文件是空的。请重新导出密码，然后选择新的文件。</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 text, which Rebind does not read. If you saved it from a spreadsheet, save it again as “CSV UTF-8”.</source>
        <translation>此文件保存为 UTF-16 文本，换绑助手无法读取。如果是从电子表格保存的，请重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>PasswordFormatText</name>
    <message>
        <source>Chrome or Edge (CSV)</source>
        <translation>Chrome 或 Edge（CSV）</translation>
    </message>
    <message>
        <source>Firefox (CSV)</source>
        <translation>Firefox（CSV）</translation>
    </message>
    <message>
        <source>Bitwarden (CSV)</source>
        <translation>Bitwarden（CSV）</translation>
    </message>
    <message>
        <source>Bitwarden (unencrypted JSON)</source>
        <translation>Bitwarden（未加密的 JSON）</translation>
    </message>
    <message>
        <source>KeePassXC (CSV)</source>
        <translation>KeePassXC（CSV）</translation>
    </message>
    <message>
        <source>1Password (CSV)</source>
        <translation>1Password（CSV）</translation>
    </message>
    <message>
        <source>Apple Passwords or Safari (CSV)</source>
        <translation>Apple Passwords 或 Safari（CSV）</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of password exports</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>This is not a password export Rebind can read. Rebind reads the files these programs export: %1. Export your passwords again from one of them and choose that file.</source>
        <translation>这不是换绑助手能读取的密码导出文件。换绑助手能读取以下程序导出的文件：%1。请用其中一个程序重新导出密码，然后选择该文件。</translation>
    </message>
    <message>
        <source>This file is larger than %1 MiB, which no password export is, so Rebind stopped reading it.</source>
        <translation>此文件大于%1 MiB，密码导出文件不会这么大，因此换绑助手停止了读取。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Please enter a phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>This is too long to be a phone number.</source>
        <translation>输入的内容太长，不是有效的手机号。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number. Type the digits, for example 138 0013 8000 or +86 138 0013 8000.</source>
        <translation>“%1”不是手机号。请输入数字，例如 138 0013 8000 或 +86 138 0013 8000。</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number: check the number of digits and the country code.</source>
        <translation>“%1”不是有效的手机号：请检查位数和国家/地区代码。</translation>
    </message>
</context>
<context>
    <name>PlanAccess</name>
    <message>
        <source>%1=“%2” is not a date: write it as YYYY-MM-DD.</source>
        <translation>%1=“%2”不是日期：请写成 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>For tests, the environment variable %1=YYYY-MM-DD stands in for today&apos;s date.</source>
        <translation>测试用：环境变量%1=YYYY-MM-DD 可代替今天的日期。</translation>
    </message>
    <message>
        <source>%1 is not in the vault.</source>
        <translation>保险库中没有%1。</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>%1 (%2)</source>
        <comment>service (phone number)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Rebind: changing numbers</source>
        <translation>换绑助手：更换号码</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show a number&apos;s cancellation plan: each item in order, with its due date.</source>
        <translation>显示号码的销号计划：按顺序列出每一项及截止日期。</translation>
    </message>
    <message>
        <source>Print a JSON array with one object per plan item, for scripts. %1</source>
        <translation>输出 JSON 数组，每个计划项一个对象，供脚本使用。%1</translation>
    </message>
    <message>
        <source>A number in the vault, in any usual spelling.</source>
        <translation>保险库中的一个号码，常见写法均可。</translation>
    </message>
    <message>
        <source>due %1 (overdue)</source>
        <translation>截止%1（已逾期）</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止%1</translation>
    </message>
    <message>
        <source>blocks cancelling</source>
        <translation>销号前必须完成</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Make sure the new number works and is in your name</source>
        <translation>确认新号码能正常使用，并且登记在您本人名下</translation>
    </message>
    <message>
        <source>Tell your contacts the new number</source>
        <translation>把新号码告诉联系人</translation>
    </message>
    <message>
        <source>Set up call forwarding (optional)</source>
        <translation>设置呼叫转移（可选）</translation>
    </message>
    <message>
        <source>Cancel the old number at the carrier</source>
        <translation>到运营商办理旧号码销号</translation>
    </message>
    <message>
        <source>new number not checked</source>
        <translation>新号码尚未确认</translation>
    </message>
    <message>
        <source>needs the old number</source>
        <translation>需要旧号码</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>风险极高</translation>
    </message>
    <message>
        <source>high-risk</source>
        <translation>风险高</translation>
    </message>
    <message>
        <source>your new number</source>
        <translation>您的新号码</translation>
    </message>
    <message>
        <source>Before you change anything: call and text %1, and make sure it is registered in your own name with your ID card.</source>
        <translation>在更改任何设置之前：先用%1打电话、发短信试一试，并确认它是用您本人身份证登记的。</translation>
    </message>
    <message>
        <source>Send %1 to family, friends, your doctor, your landlord and anyone else who calls you.</source>
        <translation>把%1发给家人、朋友、医生、房东以及其他常给您打电话的人。</translation>
    </message>
    <message>
        <source>If the carrier offers it, have calls to %1 forwarded to %2 for a while.</source>
        <translation>如果运营商提供此服务，可以把打到%1的电话暂时转接到%2。</translation>
    </message>
    <message>
        <source>Only when everything above is done: cancel %1 at %2, in person with your ID card.</source>
        <translation>上面各项都办完后，再带本人身份证到%2办理%1的销号。</translation>
    </message>
    <message>
        <source>the carrier</source>
        <translation>运营商营业厅</translation>
    </message>
    <message>
        <source>Change the number here to %1.</source>
        <translation>把这里的手机号改成%1。</translation>
    </message>
    <message>
        <source>Remove %1 from this account.</source>
        <translation>从这个账号中解绑%1。</translation>
    </message>
    <message>
        <source>Close this account.</source>
        <translation>注销这个账号。</translation>
    </message>
    <message>
        <source>You chose to keep %1 here: check that this is still right.</source>
        <translation>您选择在这里保留%1：请确认这样仍然合适。</translation>
    </message>
    <message>
        <source>This is the phone line itself: it is not moved to %1. Cancel %2 here last, when everything else has moved, or keep it.</source>
        <translation>这就是这个手机号本身：它不会转到%1。等其他所有账号都换好后，最后再注销%2，或者保留它。</translation>
    </message>
    <message>
        <source>Make sure the new number works and is in %1&apos;s name</source>
        <translation>确认新号码能正常使用，并且登记在%1名下</translation>
    </message>
    <message>
        <source>Tell %1&apos;s contacts the new number</source>
        <translation>把新号码告诉%1的联系人</translation>
    </message>
    <message>
        <source>%1&apos;s new number</source>
        <translation>%1的新号码</translation>
    </message>
    <message>
        <source>Before you change anything: call and text %1, and make sure it is registered in %2&apos;s name with %2&apos;s ID card.</source>
        <translation>在更改任何设置之前：先用%1打电话、发短信试一试，并确认它是用%2的身份证登记在%2名下的。</translation>
    </message>
    <message>
        <source>Send %1 to %2&apos;s family, friends, doctor, landlord and anyone else who calls %2.</source>
        <translation>把%1告诉%2的家人、朋友、医生、房东，以及其他常给%2打电话的人。</translation>
    </message>
    <message>
        <source>Only when everything above is done: contact %2 to cancel %1 (by phone, online or in a shop) and end its contract or plan.</source>
        <translation>以上各项全部完成后，再联系%2注销%1（电话、网上或门店均可），并结束它的合约或套餐。</translation>
    </message>
    <message>
        <source>Only when everything above is done: cancel %1 at %2, in person with %3&apos;s ID card.</source>
        <translation>以上各项全部完成后，再带%3的身份证到%2本人办理%1的销号。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Print a JSON array of the services found, for scripts.</source>
        <translation>以 JSON 数组输出找到的服务，供脚本使用。</translation>
    </message>
    <message>
        <source>Add the services found to this number in the vault (the ones not listed yet), with their likely roles. Without it no vault is used.</source>
        <translation>把找到的服务（尚未列出的）添加到保险库中的此号码下，并附上可能的用途。不使用此选项时不会用到保险库。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not in the catalog: add it as your own service</source>
        <translation>不在服务目录中：请作为自定义服务添加</translation>
    </message>
    <message>
        <source>sends codes</source>
        <translation>发送验证码</translation>
    </message>
    <message>
        <source>the phone number is the login here</source>
        <translation>此处用手机号作为登录账号</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>已读取%n条短信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) read</source>
        <translation>
            <numerusform>已读取%n条登录信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>找到%n项服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n service(s) to %1.</source>
        <translation>
            <numerusform>已为%1添加%n项服务。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>services found (items read)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Find the services tied to your number in an SMS backup, an iPhone backup folder or a password export.</source>
        <translation>从短信备份、iPhone 备份文件夹或密码导出文件中找出绑定您号码的服务。</translation>
    </message>
    <message>
        <source>An SMS backup (SMS Backup &amp; Restore XML, an iPhone sms.db, CSV), the folder of an unencrypted iPhone backup (Finder, iTunes, 爱思助手) or a password export (Chrome, Edge, Firefox, Bitwarden, KeePassXC, 1Password, Apple Passwords).</source>
        <translation>短信备份（SMS Backup &amp; Restore 的 XML、iPhone 的 sms.db、CSV）、不加密的 iPhone 备份文件夹（访达、iTunes、爱思助手）或密码导出文件（Chrome、Edge、Firefox、Bitwarden、KeePassXC、1Password、Apple 密码）。</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Rebind. Update Rebind to open it.</source>
        <translation>此保险库由更新版本的换绑助手创建。请更新换绑助手后再打开。</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>Critical: money, identity or government</source>
        <translation>风险等级：极高（涉及钱款、身份或政务）</translation>
    </message>
    <message>
        <source>High: others could pretend to be you</source>
        <translation>风险等级：高（他人可能冒充您）</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>风险等级：中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>风险等级：低</translation>
    </message>
    <message>
        <source>Sure: the steps were checked against the official help.</source>
        <translation>可靠：步骤已对照官方帮助核实。</translation>
    </message>
    <message>
        <source>Fairly sure: menu names may differ a little in your version.</source>
        <translation>较可靠：您的版本中菜单名称可能略有不同。</translation>
    </message>
    <message>
        <source>Unknown: check the official page.</source>
        <translation>未知：请查看官方页面。</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>容易</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>无法注销</translation>
    </message>
    <message>
        <source>Needs the old number: do this before you cancel it.</source>
        <translation>需要旧号码：请在销号前办理。</translation>
    </message>
    <message>
        <source>Needs a visit to a branch with your ID card.</source>
        <translation>需要携带身份证到网点办理。</translation>
    </message>
    <message>
        <source>Anyone with the old number can sign in with an SMS code.</source>
        <translation>任何拿到旧号码的人都能用短信验证码登录。</translation>
    </message>
    <message>
        <source>To change to the new number</source>
        <translation>换绑到新号码的步骤</translation>
    </message>
    <message>
        <source>To remove the number (unbind)</source>
        <translation>解绑号码的步骤</translation>
    </message>
    <message>
        <source>To close the account</source>
        <translation>注销账号的步骤</translation>
    </message>
    <message>
        <source>Not verified: the way may differ; check the official page.</source>
        <translation>未经核实：办理方法可能不同，请查看官方页面。</translation>
    </message>
    <message>
        <source>This is the phone line itself: it cannot be moved to the new number. Cancel it last, after everything else has moved, or keep it.</source>
        <translation>这就是这个手机号本身：不能转到新号码。等其他账号都换好后，最后再注销，或者保留它。</translation>
    </message>
    <message>
        <source>To cancel this line (or keep it)</source>
        <translation>注销这个号码（或保留）</translation>
    </message>
    <message>
        <source>To change to the new number (%1)</source>
        <translation>换成新号码（%1）</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>在 App 里</translation>
    </message>
    <message>
        <source>on the website</source>
        <translation>在网站上</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>打电话</translation>
    </message>
    <message>
        <source>at a counter, in person</source>
        <translation>本人到柜台</translation>
    </message>
    <message>
        <source>a face scan</source>
        <translation>刷脸</translation>
    </message>
    <message>
        <source>your payment password</source>
        <translation>支付密码</translation>
    </message>
    <message>
        <source>your login password</source>
        <translation>登录密码</translation>
    </message>
    <message>
        <source>a photo of your ID card</source>
        <translation>身份证照片</translation>
    </message>
    <message>
        <source>your bank card details</source>
        <translation>银行卡信息</translation>
    </message>
    <message>
        <source>a visit to a counter with your ID card</source>
        <translation>带身份证到柜台办理</translation>
    </message>
    <message>
        <source>your e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>an appeal (a manual review)</source>
        <translation>申诉（人工审核）</translation>
    </message>
    <message>
        <source>Easiest while the old number still works. Without it you can prove it is you with %1.</source>
        <translation>趁旧号码还能用时办最省事。没有旧号码时，也可以这样证明是本人：%1。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Steps not verified: where they differ, follow the official help page.</source>
        <translation>步骤未经核实：请以官方帮助页为准</translation>
    </message>
    <message>
        <source>Or %1</source>
        <translation>或者%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list of ways</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Needs a visit to a branch with %1&apos;s ID card.</source>
        <translation>需要带%1的身份证到网点办理。</translation>
    </message>
    <message>
        <source>%1&apos;s payment password</source>
        <translation>%1的支付密码</translation>
    </message>
    <message>
        <source>%1&apos;s login password</source>
        <translation>%1的登录密码</translation>
    </message>
    <message>
        <source>a photo of %1&apos;s ID card</source>
        <translation>%1的身份证照片</translation>
    </message>
    <message>
        <source>%1&apos;s bank card details</source>
        <translation>%1的银行卡信息</translation>
    </message>
    <message>
        <source>a visit to a counter with %1&apos;s ID card</source>
        <translation>带%1的身份证到柜台办理</translation>
    </message>
    <message>
        <source>%1&apos;s e-mail address</source>
        <translation>%1的电子邮箱</translation>
    </message>
    <message>
        <source>Easiest while the old number still works. Without it %1 can still prove their identity with %2.</source>
        <translation>趁旧号码还能用时办最省事。没有旧号码时，%1也可以这样证明身份：%2。</translation>
    </message>
</context>
<context>
    <name>SmsCsvReader</name>
    <message numerus="yes">
        <source>%n row(s) had too few columns and were skipped.</source>
        <translation>
            <numerusform>%n行的列数不足，已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had a date that could not be read; their messages were kept without a date.</source>
        <translation>
            <numerusform>%n行的日期无法识别；这些短信已保留，但没有日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not UTF-8 text and may read wrongly. Save the file as “CSV UTF-8” to read them correctly.</source>
        <translation>
            <numerusform>%n行不是 UTF-8 文本，可能读错。请将文件另存为“CSV UTF-8”，以便正确读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n条短信超过 64 KiB，已被截短。</numerusform>
        </translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>第%1行开始的引号一直没有闭合。</translation>
    </message>
    <message>
        <source>The row starting on line %1 is longer than 1 MiB; a quote opened there is probably never closed.</source>
        <translation>从第%1行开始的这一行超过 1 MiB；那里开始的引号可能一直没有闭合。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message numerus="yes">
        <source>The %n message(s) before it were read.</source>
        <translation>
            <numerusform>此前的%n条短信已读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file needs a first row naming date, sender and body columns (in English, or 时间/日期, 号码/发件人 and 内容). Its first row is: %1</source>
        <translation>CSV 文件的第一行需要写明各列的名称：date、sender 和 body（英文），或者 时间/日期、号码/发件人 和 内容。此文件的第一行是：%1</translation>
    </message>
</context>
<context>
    <name>SmsFileReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Rebind cannot read this file as SMS messages. It reads: %1.</source>
        <translation>换绑助手无法把此文件作为短信读取。它能读取：%1。</translation>
    </message>
    <message>
        <source>Unknown SMS format.</source>
        <translation>未知的短信格式。</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore XML (Android), vMessage (.vmsg, the export of many Android phones), an Android message database (mmssms.db, or sms.db from a Huawei backup that is not encrypted), an unencrypted iPhone backup folder or its sms.db, CSV with date, sender and body columns</source>
        <translation>SMS Backup &amp; Restore 的 XML（安卓）、vMessage（.vmsg，很多安卓手机导出的格式）、安卓短信数据库（mmssms.db，或未加密的华为备份里的 sms.db）、不加密的 iPhone 备份文件夹或其中的 sms.db、含日期/发件人/内容列的 CSV</translation>
    </message>
</context>
<context>
    <name>SnapshotJson</name>
    <message>
        <source>This is not a valid Rebind inventory file: %1 (at %2).</source>
        <translation>这不是有效的换绑助手数据文件：%1（位置：%2）。</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>此处应为一个对象</translation>
    </message>
    <message>
        <source>this value is missing</source>
        <translation>缺少此值</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>此处应为文本</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>文本太长</translation>
    </message>
    <message>
        <source>this value is empty</source>
        <translation>此值为空</translation>
    </message>
    <message>
        <source>a date like 2026-12-31 is expected</source>
        <translation>此处应为 2026-12-31 这样的日期</translation>
    </message>
    <message>
        <source>a time like 2026-12-31T09:00:00.000Z is expected</source>
        <translation>此处应为 2026-12-31T09:00:00.000Z 这样的时间</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is expected</source>
        <translation>此处应为%1到%2之间的整数</translation>
    </message>
    <message>
        <source>a valid phone number in E.164 form like +8613800138000 is expected</source>
        <translation>此处应为 E.164 格式的有效手机号，例如 +8613800138000</translation>
    </message>
    <message>
        <source>“%1” is not a known value</source>
        <translation>“%1”不是可识别的值</translation>
    </message>
    <message>
        <source>a list is expected</source>
        <translation>此处应为列表</translation>
    </message>
    <message>
        <source>the list has more than %1 entries</source>
        <translation>列表超过了%1项</translation>
    </message>
    <message>
        <source>This is not a Rebind inventory file.</source>
        <translation>这不是换绑助手的数据文件。</translation>
    </message>
    <message>
        <source>This inventory file was made by a newer version of Rebind. Update Rebind to read it.</source>
        <translation>此数据文件由更新版本的换绑助手创建。请更新换绑助手后再读取。</translation>
    </message>
    <message>
        <source>“%1” appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>one line of text is expected</source>
        <translation>此处应为一行文本</translation>
    </message>
    <message>
        <source>from 1 to %1 characters of steps are expected</source>
        <translation>步骤应为1到%1个字符</translation>
    </message>
    <message>
        <source>the file lists too many numbers</source>
        <translation>文件中的号码太多</translation>
    </message>
    <message>
        <source>the new number must differ from the number</source>
        <translation>新号码不能与原号码相同</translation>
    </message>
    <message>
        <source>the history is empty</source>
        <translation>修改记录为空</translation>
    </message>
    <message>
        <source>the file lists more than %1 services</source>
        <translation>文件中的服务超过了%1项</translation>
    </message>
    <message>
        <source>the file holds too many changes</source>
        <translation>文件中的更改太多</translation>
    </message>
    <message>
        <source>the change it undoes is not in this history</source>
        <translation>它撤销的那项更改不在这份修改记录中</translation>
    </message>
    <message>
        <source>no service with the uid “%1” is listed</source>
        <translation>没有列出 uid 为“%1”的服务</translation>
    </message>
    <message>
        <source>This inventory file is larger than %1 MiB; Rebind does not read it.</source>
        <translation>此数据文件大于%1 MiB，换绑助手不会读取。</translation>
    </message>
    <message>
        <source>This is not a valid Rebind inventory file: %1 at byte %2.</source>
        <translation>这不是有效的换绑助手数据文件：%1（第%2字节处）。</translation>
    </message>
</context>
<context>
    <name>SnapshotMerger</name>
    <message>
        <source>%1: the name, relation or note differs in the file; the ones in this vault were kept.</source>
        <translation>%1：文件中的姓名、关系或备注与此保险库不同；已保留此保险库中的内容。</translation>
    </message>
    <message>
        <source>%1 belongs to %2 in this vault but to %3 in the file; it stays with %2.</source>
        <translation>%1在此保险库中属于%2，但在文件中属于%3；它仍归%2。</translation>
    </message>
    <message>
        <source>%1: the status, dates, carrier or note differ in the file; the ones in this vault were kept.</source>
        <translation>%1：文件中的状态、日期、运营商或备注与此保险库不同；已保留此保险库中的内容。</translation>
    </message>
    <message>
        <source>The history in the file undoes a change it does not hold.</source>
        <translation>文件中的修改记录撤销了一项其中并不存在的更改。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2上的%1</translation>
    </message>
    <message>
        <source>An entry in the file names a service the file does not list.</source>
        <translation>文件中有一个条目引用了文件里没有列出的服务。</translation>
    </message>
    <message>
        <source>%1 was added separately in both vaults; the entry in this vault was kept.</source>
        <translation>两个保险库中都各自添加了%1；已保留此保险库中的条目。</translation>
    </message>
    <message>
        <source>%1: the file&apos;s version would duplicate another entry; the one in this vault was kept.</source>
        <translation>%1：文件中的版本会与另一个条目重复；已保留此保险库中的条目。</translation>
    </message>
    <message>
        <source>%1 was changed in both vaults; the newer change, from the file, was taken. Both histories are kept.</source>
        <translation>两个保险库中都修改过%1；已采用较新的更改（来自文件）。两边的修改记录都已保留。</translation>
    </message>
    <message>
        <source>%1 was changed in both vaults; the newer change, from this vault, was kept. Both histories are kept.</source>
        <translation>两个保险库中都修改过%1；已保留较新的更改（来自此保险库）。两边的修改记录都已保留。</translation>
    </message>
    <message>
        <source>%1 was removed in the file but changed in this vault; the removal is newer and was taken.</source>
        <translation>文件中删除了%1，但此保险库中修改过它；删除操作较新，已采用。</translation>
    </message>
    <message>
        <source>%1 was removed in the file but changed later in this vault; it was kept.</source>
        <translation>文件中删除了%1，但此保险库中之后又修改过它；已保留。</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>The change was interrupted.</source>
        <translation>更改被中断。</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or this file is not a Rebind vault.</source>
        <translation>密码错误，或此文件不是换绑助手的保险库。</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1).</source>
        <translation>保险库文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>磁盘已满。未做任何更改；请清理出一些空间后重试。</translation>
    </message>
    <message>
        <source>The vault file cannot be written here. Check that the folder is writable and the disk is not read-only.</source>
        <translation>无法在此处写入保险库文件。请检查该文件夹是否可写，以及磁盘是否为只读。</translation>
    </message>
    <message>
        <source>The vault file cannot be opened or created at this location.</source>
        <translation>无法在此位置打开或创建保险库文件。</translation>
    </message>
    <message>
        <source>This entry already exists.</source>
        <translation>此条目已存在。</translation>
    </message>
    <message>
        <source>The change does not fit the vault&apos;s rules (%1).</source>
        <translation>此更改不符合保险库的规则（%1）。</translation>
    </message>
    <message>
        <source>The vault is in use by another Rebind window or command. Close it and try again.</source>
        <translation>保险库正被另一个换绑助手窗口或命令使用。请关闭后重试。</translation>
    </message>
    <message>
        <source>The vault file is damaged (it is shorter than it should be).</source>
        <translation>保险库文件已损坏（文件不完整）。</translation>
    </message>
    <message>
        <source>Reading or writing the vault file failed (%1).</source>
        <translation>读写保险库文件失败（%1）。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>Unexpected database error: %1</source>
        <translation>意外的数据库错误：%1</translation>
    </message>
    <message>
        <source>The vault file is damaged: some of its pages cannot be read. Restore it from a backup.</source>
        <translation>保险库文件已损坏：部分内容无法读取。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>A number in the vault, in any usual spelling.</source>
        <translation>保险库中的一个号码，常见写法均可。</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>Safe to cancel</source>
        <translation>可以安全销号</translation>
    </message>
    <message numerus="yes">
        <source>Not yet safe to cancel: %n item(s) still block it</source>
        <translation>
            <numerusform>还不能安全销号：还有%n项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled on %1; keep watching until %2 that no login still uses the old number</source>
        <translation>已于%1销号；请留意到%2，确认没有任何登录仍在使用旧号码</translation>
    </message>
    <message>
        <source>Cancelled; keep watching that no login still uses the old number</source>
        <translation>已销号；请留意确认没有任何登录仍在使用旧号码</translation>
    </message>
    <message>
        <source>Cancelled on %1; the watch window ended on %2</source>
        <translation>已于%1销号；观察期已于%2结束</translation>
    </message>
    <message>
        <source>Nothing to cancel: this number was received, not given up</source>
        <translation>无需销号：这是新收到的号码，不是要停用的号码</translation>
    </message>
    <message>
        <source>%1 is not yet safe to cancel.</source>
        <translation>%1还不能安全销号。</translation>
    </message>
    <message>
        <source>Not yet safe to cancel: no services are listed for this number yet</source>
        <translation>现在还不能销号：这个号码还没有列出任何服务</translation>
    </message>
    <message>
        <source>Say whether a number is safe to cancel yet (exit 3 while it is not, or when it was cancelled with items still open).</source>
        <translation>说明号码现在能否销号（还不能销号，或已销号但仍有事项未完成时，退出码为 3）。</translation>
    </message>
    <message>
        <source>Print a JSON object with the verdict and what blocks it, for scripts. Exit 0 when safe to cancel (or cancelled with nothing left open), 3 while blocked or when cancelled with items still open. %1</source>
        <translation>输出包含结论和阻碍事项的 JSON 对象，供脚本使用。可以销号（或已销号且没有未完成事项）时退出码为 0；还不能销号，或已销号但仍有事项未完成时为 3。%1</translation>
    </message>
    <message>
        <source>The old number is gone (cancelled on %1), but items that had to be done first are still open. Do them now; for a service, take its way without the old number:</source>
        <translation>旧号码已经没有了（已于%1销号），但销号前必须完成的事项还没有办完。请现在就办；各项服务请按“没有旧号码时”的办法办理：</translation>
    </message>
    <message>
        <source>The old number is gone, but items that had to be done first are still open. Do them now; for a service, take its way without the old number:</source>
        <translation>旧号码已经没有了，但销号前必须完成的事项还没有办完。请现在就办；各项服务请按“没有旧号码时”的办法办理：</translation>
    </message>
    <message>
        <source>Without the old number: %1</source>
        <translation>没有旧号码时：%1</translation>
    </message>
    <message>
        <source>Until %1, watch that these services send nothing to the old number: it will be given to someone else.</source>
        <translation>%1之前，请留意这些服务不再向旧号码发送任何信息：这个号码以后会分配给别人。</translation>
    </message>
    <message>
        <source>The watch window ended on %1: the old number may belong to someone else by now.</source>
        <translation>留意期已于%1结束：旧号码现在可能已经归别人所有。</translation>
    </message>
    <message>
        <source>%1 was cancelled while items that needed it are still open.</source>
        <translation>%1已销号，但仍有需要它的事项没有完成。</translation>
    </message>
</context>
<context>
    <name>SystemKeyStore</name>
    <message>
        <source>Nothing is remembered for this vault on this computer.</source>
        <translation>这台电脑上没有为此保险库记住密钥。</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>“%1” is not a valid date for --%2: write it as YYYY-MM-DD, for example 2025-06-30.</source>
        <translation>“%1”不是“--%2”的有效日期：请写成 YYYY-MM-DD 格式，例如 2025-06-30。</translation>
    </message>
    <message>
        <source>“%1” is not a role. Valid roles: %2.</source>
        <translation>“%1”不是有效的用途。可用的用途：%2。</translation>
    </message>
    <message>
        <source>“%1” is not an action. Valid actions: %2.</source>
        <translation>“%1”不是有效的处理方式。可用的处理方式：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a status. Valid statuses: %2.</source>
        <translation>“%1”不是有效的状态。可用的状态：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a number status. Valid statuses: %2.</source>
        <translation>“%1”不是有效的号码状态。可用的号码状态：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a category. Valid categories: %2.</source>
        <translation>“%1”不是有效的类别。可用的类别：%2。</translation>
    </message>
    <message>
        <source>“%1” is not a valid time for --%2: give whole milliseconds between 1 and %3.</source>
        <translation>“%1”不是“--%2”的有效时间：请填写1到%3之间的整数毫秒数。</translation>
    </message>
    <message>
        <source>“%1” is not a valid number for --%2: give a whole number between 1 and %3.</source>
        <translation>“%1”不是“--%2”的有效数值：请填写1到%3之间的整数。</translation>
    </message>
    <message>
        <source>“%1” is not a market. Valid markets: cn (mainland China), global.</source>
        <translation>“%1”不是有效的地区。可用的地区：cn（中国大陆）、global（国际）。</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>There is no vault file at %1.</source>
        <translation>%1处没有保险库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rebind vault.</source>
        <translation>%1是文件夹，不是换绑助手的保险库。</translation>
    </message>
    <message>
        <source>The vault file %1 cannot be read: %2</source>
        <translation>无法读取保险库文件%1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Rebind vault.</source>
        <translation>%1是空文件，不是换绑助手的保险库。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted database, not a Rebind vault.</source>
        <translation>%1是未加密的数据库，不是换绑助手的保险库。</translation>
    </message>
    <message>
        <source>%1 is not a Rebind vault.</source>
        <translation>%1不是换绑助手的保险库。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or open it instead.</source>
        <translation>%1已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>The vault could not be saved as %1.</source>
        <translation>无法将保险库保存为%1。</translation>
    </message>
    <message>
        <source>The remembered key does not fit this vault.</source>
        <translation>记住的密钥与此保险库不匹配。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>无法删除%1。</translation>
    </message>
    <message>
        <source>The vault is open read-only, so its passphrase cannot be changed.</source>
        <translation>保险库是以只读方式打开的，因此无法修改密码。</translation>
    </message>
    <message>
        <source>The passphrase was changed, but the vault could not be opened again (%1). Lock Rebind and open it with the new passphrase.</source>
        <translation>密码已修改，但无法重新打开保险库（%1）。请锁定换绑助手，再用新密码打开。</translation>
    </message>
    <message>
        <source>The backup %1 does not open with this passphrase.</source>
        <translation>用这个密码打不开备份%1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>无法使用备份%1：%2</translation>
    </message>
    <message>
        <source>There is no backup %1. `rebind-cli backups list` shows them.</source>
        <translation>没有备份%1。运行 `rebind-cli backups list` 可查看所有备份。</translation>
    </message>
    <message>
        <source>The vault is open read-only, so no backup can be restored.</source>
        <translation>保险库是以只读方式打开的，因此无法恢复备份。</translation>
    </message>
    <message>
        <source>The vault file was replaced by one with another passphrase. Open it with that passphrase.</source>
        <translation>保险库文件已被换成另一个密码不同的文件。请用那个密码打开它。</translation>
    </message>
    <message>
        <source>The passphrase was not changed, so the old passphrase still opens the vault. What went wrong: %1</source>
        <translation>密码未修改，旧密码仍可打开保险库。原因：%1</translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1的密码：</translation>
    </message>
</context>
<context>
    <name>VaultBackups</name>
    <message>
        <source>The backup folder %1 cannot be created, so Rebind made no changes.</source>
        <translation>无法创建备份文件夹%1，因此换绑助手没有做任何更改。</translation>
    </message>
    <message>
        <source>No backup could be made, so Rebind made no changes: %1</source>
        <translation>无法创建备份，因此换绑助手没有做任何更改：%1</translation>
    </message>
    <message>
        <source>The new backup is missing.</source>
        <translation>找不到刚创建的备份。</translation>
    </message>
    <message>
        <source>it was made under an earlier passphrase</source>
        <translation>它是用以前的密码创建的</translation>
    </message>
    <message>
        <source>The backup %1 could not be re-encrypted (%2) and was removed, so that the old passphrase opens nothing.</source>
        <translation>备份%1无法重新加密（%2），已将其删除，以免旧密码还能打开任何内容。</translation>
    </message>
    <message>
        <source>before upgrading the vault</source>
        <translation>升级保险库之前</translation>
    </message>
    <message>
        <source>before a passphrase change</source>
        <translation>修改密码之前</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <source>before merging a hand-off file</source>
        <translation>合并移交文件之前</translation>
    </message>
    <message>
        <source>before restoring a backup</source>
        <translation>恢复备份之前</translation>
    </message>
</context>
<context>
    <name>VaultConnection</name>
    <message>
        <source>The vault file is damaged: some of its pages cannot be read. Restore it from a backup.</source>
        <translation>保险库文件已损坏：部分内容无法读取。请从备份恢复。</translation>
    </message>
    <message>
        <source>Rebind was built against plain SQLite instead of SQLCipher and cannot encrypt the vault. Reinstall Rebind.</source>
        <translation>此版本的换绑助手使用普通 SQLite 而非 SQLCipher 构建，无法加密保险库。请重新安装换绑助手。</translation>
    </message>
    <message>
        <source>This encrypted file was not made by Rebind.</source>
        <translation>此加密文件不是由换绑助手创建的。</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Rebind. Update Rebind to open it.</source>
        <translation>此保险库由更新版本的换绑助手创建。请更新换绑助手后再打开。</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore it from a backup.</source>
        <translation>保险库文件已损坏（%1）。请从备份恢复。</translation>
    </message>
    <message>
        <source>The vault file is damaged: it is incomplete (%1 bytes).</source>
        <translation>保险库文件已损坏：文件不完整（%1字节）。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建%1：%2</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the vault is incomplete.</source>
        <translation>重新加密后的保险库副本不完整。</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the vault has the wrong version.</source>
        <translation>重新加密后的保险库副本版本不对。</translation>
    </message>
    <message>
        <source>The vault file is damaged (entries in %1 refer to ones that are gone). Restore it from a backup.</source>
        <translation>保险库文件已损坏（%1中的条目引用了已不存在的内容）。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>VaultKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <source>The key derivation settings of this file are not supported.</source>
        <translation>不支持此文件的密钥派生设置。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB needed).</source>
        <translation>内存不足，无法派生密钥（需要%1 MiB）。</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>The vault is in use by %1. Close Rebind or lock it (Ctrl+L), or let the command finish, then try again.</source>
        <translation>保险库正被%1使用。请关闭那里的换绑助手或将其锁定（Ctrl+L），或者等命令运行完毕，然后重试。</translation>
    </message>
    <message>
        <source>The vault&apos;s folder is not writable, so Rebind cannot mark the vault as in use (%1).</source>
        <translation>保险库所在的文件夹无法写入，因此换绑助手无法将保险库标记为正在使用（%1）。</translation>
    </message>
    <message>
        <source>The vault&apos;s lock file %1 cannot be created.</source>
        <translation>无法创建保险库的锁文件%1。</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1（进程%2，在电脑%3上）</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（进程%2）</translation>
    </message>
</context>
<context>
    <name>VaultOpening</name>
    <message>
        <source>Meanwhile you can open it read-only: you can look at everything and export it, but not change anything.</source>
        <translation>在此期间，您可以以只读方式打开它：可以查看全部内容并导出，但不能做任何更改。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
</context>
<context>
    <name>VendorBackupNotice</name>
    <message>
        <source>This is a Xiaomi backup (from Settings › Back up and restore). Xiaomi keeps the messages in it in its own format, which is not published, so Rebind cannot read them.</source>
        <translation>这是小米备份（来自“设置 › 备份与恢复”）。小米用自己未公开的格式保存其中的短信，换绑助手读不了。</translation>
    </message>
    <message>
        <source>This is a Huawei or Honor backup (HiSuite, or the phone&apos;s Backup app), which encrypts the messages, so Rebind cannot read them. Its sms.db can be read once decrypted with the backup password (for example with the open-source kobackupdec).</source>
        <translation>这是华为或荣耀备份（华为手机助手或手机上的“备份”应用），其中的短信是加密的，换绑助手读不了。用备份密码解密后（例如用开源工具 kobackupdec），其中的 sms.db 就可以读取。</translation>
    </message>
    <message>
        <source>Export your messages to a file Rebind reads instead: a .vmsg file, where the Messages app offers “Export” or “Back up to storage”; or, with an SMS export app such as “SMS Backup &amp; Restore” from your phone&apos;s app store, an XML or CSV file.</source>
        <translation>请改为把短信导出成换绑助手能读的文件：如果“信息”应用有“导出”或“备份到存储”，导出成 .vmsg 文件；或者在手机应用商店安装“SMS Backup &amp; Restore”等短信导出应用，导出成 XML 或 CSV 文件。</translation>
    </message>
    <message>
        <source>This is an Android backup (.ab, made with adb backup or a tool built on it). Rebind cannot read messages from it.</source>
        <translation>这是安卓备份（.ab，由 adb backup 或基于它的工具生成）。换绑助手读不了其中的短信。</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>You received this number</source>
        <translation>这是您新收到的号码</translation>
    </message>
    <message>
        <source>Safe to cancel</source>
        <translation>可以安全销号</translation>
    </message>
    <message>
        <source>Not yet safe to cancel</source>
        <translation>现在还不能销号</translation>
    </message>
    <message>
        <source>Cancelled: keep watching</source>
        <translation>已销号：请继续留意</translation>
    </message>
    <message>
        <source>Cancelled: all done</source>
        <translation>已销号：全部完成</translation>
    </message>
    <message>
        <source>No cancellation planned</source>
        <translation>没有销号计划</translation>
    </message>
    <message>
        <source>Numbers are re-issued: the previous owner&apos;s accounts may still use it. Check the common services with “New-owner checks…”.</source>
        <translation>号码会被重新放出：前机主的账号可能还绑着它。请用“新机主检查…”逐个检查常用服务。</translation>
    </message>
    <message>
        <source>Everything that needs the old number, or matters most, is done or not needed.</source>
        <translation>需要旧号码的、最重要的事项都已完成或无需处理。</translation>
    </message>
    <message>
        <source>Numbers are given to someone else after a few months. Until %1 (%2), check now and then that no login still sends codes to the old number.</source>
        <translation>号码几个月后会分配给别人。在%1（%2）之前，请不时检查：没有哪个登录还把验证码发到旧号码。</translation>
    </message>
    <message>
        <source>The number was cancelled on %1 and the watch window ended on %2.</source>
        <translation>号码已于%1注销，留意期已于%2结束。</translation>
    </message>
    <message>
        <source>Set a cancel date with “Edit number…” to get a plan with due dates.</source>
        <translation>用“编辑号码…”设定销号日期，就会得到带截止日期的计划。</translation>
    </message>
    <message>
        <source>Nothing listed yet</source>
        <translation>还没有列出服务</translation>
    </message>
    <message>
        <source>No services are listed for this number yet, so nothing is known to be safe. List the apps, banks and other services that use it with “Find services to add…” first.</source>
        <translation>这个号码还没有列出任何服务，所以无法确定销号是否安全。请先用“查找要添加的服务…”列出用到它的 App、银行和其他服务。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n item(s) still open</source>
        <translation>
            <numerusform>已销号，还有%n项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>The old number is gone: codes sent to it no longer reach you. Use each service&apos;s lost-number path for the items below.</source>
        <translation>旧号码已经停用，发到它的验证码您再也收不到了。下面各项请按该服务“旧号码已停用”的办法处理。</translation>
    </message>
    <message numerus="yes">
        <source>Numbers are given to someone else after a few months: for %n day(s) after the cancellation, watch that these services send nothing to the old number.</source>
        <translation>
            <numerusform>号码停用几个月后会重新放号给别人：销号后%n天内，请留意这些服务不再向旧号码发送任何信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers are given to someone else after a few months: until %1 (%2), watch that these services send nothing to the old number.</source>
        <translation>号码停用几个月后会重新放号给别人：在%1（%2）之前，请留意这些服务不再向旧号码发送任何信息。</translation>
    </message>
    <message>
        <source>The watch window ended on %1: the old number may belong to someone else by now.</source>
        <translation>留意期已于%1结束：旧号码现在可能已经归别人所有。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) must be done first: %1 (listed below).</source>
        <translation>
            <numerusform>还有%n项必须先完成：%1（见下方）。</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the new number</source>
        <translation>确认新号码可用</translation>
    </message>
    <message>
        <source>telling contacts the new number</source>
        <translation>通知联系人</translation>
    </message>
    <message>
        <source>call forwarding</source>
        <translation>呼叫转移</translation>
    </message>
    <message>
        <source>cancelling at the carrier</source>
        <translation>到运营商销号</translation>
    </message>
    <message>
        <source>Ask the service&apos;s customer support to change the number on the account without a code to the old one; have the ID card ready.</source>
        <translation>请联系该服务的客服，说明旧号码已停用、收不到验证码，请他们更换账号绑定的号码；请备好身份证。</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n项服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other step(s) (%1)</source>
        <translation>
            <numerusform>其他%n个步骤（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of plan steps</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>services and plan steps</comment>
        <translation>%1和%2</translation>
    </message>
</context>
<context>
    <name>VmsgReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This is not a vMessage file: it holds no BEGIN:VMSG.</source>
        <translation>这不是 vMessage 文件：里面没有 BEGIN:VMSG。</translation>
    </message>
    <message>
        <source>The file ends inside a message; it may have been cut off while it was copied.</source>
        <translation>文件在一条短信中间就结束了，可能在复制时被截断。</translation>
    </message>
    <message>
        <source>This is not a vMessage file: it starts with “%1”, where a vMessage file starts with BEGIN:VMSG.</source>
        <translation>这不是 vMessage 文件：它以“%1”开头，而 vMessage 文件以 BEGIN:VMSG 开头。</translation>
    </message>
    <message>
        <source>This file nests BEGIN: blocks more than %1 levels deep, which message exports never do; it is not read further.</source>
        <translation>这个文件的 BEGIN: 块嵌套超过%1层，短信导出文件不会这样；后面的内容不再读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were longer than 64 KiB and were cut short.</source>
        <translation>
            <numerusform>%n条短信超过 64 KiB，已被截短。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are not UTF-8 text and may read wrongly.</source>
        <translation>
            <numerusform>%n条短信不是 UTF-8 文本，可能显示错误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) had a date that could not be read; they were kept without a date.</source>
        <translation>
            <numerusform>%n条短信的日期无法读取，已保留但不带日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n message(s) before this point were read.</source>
        <translation>
            <numerusform>此处之前的%n条短信已读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Self</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Being cancelled</source>
        <translation>准备销号</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Received (recycled)</source>
        <translation>新收到（二次号）</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <source>SMS-code login</source>
        <translation>短信验证码登录</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>两步验证</translation>
    </message>
    <message>
        <source>Account recovery</source>
        <translation>账号找回</translation>
    </message>
    <message>
        <source>Payment / bank reserved number</source>
        <translation>支付/银行预留手机号</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知提醒</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Change to the new number</source>
        <translation>改绑到新号码</translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation>解绑手机号</translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需处理</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Social &amp; messaging</source>
        <translation>社交与通讯</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>购物</translation>
    </message>
    <message>
        <source>Food &amp; delivery</source>
        <translation>餐饮外卖</translation>
    </message>
    <message>
        <source>Travel &amp; transport</source>
        <translation>出行交通</translation>
    </message>
    <message>
        <source>Government &amp; public services</source>
        <translation>政务与公共服务</translation>
    </message>
    <message>
        <source>Telecom</source>
        <translation>通信运营商</translation>
    </message>
    <message>
        <source>Email &amp; cloud</source>
        <translation>邮箱与云服务</translation>
    </message>
    <message>
        <source>Work &amp; education</source>
        <translation>工作与学习</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>医疗健康</translation>
    </message>
    <message>
        <source>Video &amp; music</source>
        <translation>影音娱乐</translation>
    </message>
    <message>
        <source>Gaming</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>Loans &amp; investment</source>
        <translation>借贷与理财</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>生活缴费</translation>
    </message>
    <message>
        <source>Free: no account uses it</source>
        <translation>空闲：没有账号使用</translation>
    </message>
    <message>
        <source>Someone else&apos;s account uses it</source>
        <translation>别人的账号在用</translation>
    </message>
    <message>
        <source>My own account</source>
        <translation>是我自己的账号</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rebind</source>
        <translation>换绑助手</translation>
    </message>
    <message>
        <source>Keeps a private list of the services tied to your phone numbers.</source>
        <translation>为您私密保存与手机号绑定的服务清单。</translation>
    </message>
    <message>
        <source>Open the vault file at PATH instead of the usual one.</source>
        <translation>打开 PATH 处的保险库文件，而不是默认的保险库。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>A vault to open (*.rebind, *.vault) or a hand-off file to import.</source>
        <translation>要打开的保险库（*.rebind、*.vault）或要导入的移交文件。</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[文件]</translation>
    </message>
</context>
<context>
    <name>rebind::AboutDialog</name>
    <message>
        <source>&amp;JustDeleteMe licence…</source>
        <translation>JustDeleteMe 许可证(&amp;J)…</translation>
    </message>
    <message>
        <source>About Rebind</source>
        <translation>关于换绑助手</translation>
    </message>
    <message>
        <source>Rebind %1</source>
        <translation>换绑助手 v%1</translation>
    </message>
    <message>
        <source>Licence of the 2fa.directory data</source>
        <translation>2fa.directory 数据的许可证</translation>
    </message>
    <message>
        <source>Licence of the JustDeleteMe data</source>
        <translation>JustDeleteMe 数据的许可证</translation>
    </message>
    <message>
        <source>Service data includes 2fa.directory (2factorauth/twofactorauth) and JustDeleteMe (jdm-contrib/jdm), MIT licence.</source>
        <translation>服务数据包含 2fa.directory（2factorauth/twofactorauth）和 JustDeleteMe（jdm-contrib/jdm）的数据，采用 MIT 许可证。</translation>
    </message>
    <message>
        <source>The licence text is missing.</source>
        <translation>缺少许可证文本。</translation>
    </message>
    <message>
        <source>&amp;GNU GPL text…</source>
        <translation>GNU GPL 全文(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;2fa.directory licence…</source>
        <translation>2fa.directory 许可证(&amp;2)…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3</source>
        <translation>GNU 通用公共许可证第3版</translation>
    </message>
    <message>
        <source>Keeps a private, encrypted list of the services tied to your phone numbers, so that you can move each one to a new number before the old one is cancelled. Everything stays on this computer.</source>
        <translation>为您加密保存与手机号绑定的服务清单，方便您在旧号码销号前，把每项服务都换绑到新号码。所有内容都只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Help → Keyboard shortcuts lists every key.</source>
        <translation>所有快捷键见“帮助 → 键盘快捷键”。</translation>
    </message>
    <message>
        <source>Rebind is free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later): you may use, share and change it under its terms. It comes with ABSOLUTELY NO WARRANTY, to the extent permitted by law. The full text opens with “GNU GPL text…” below; it is also installed with Rebind, on Linux as /usr/share/doc/rebind/LICENSE.</source>
        <translation>换绑助手是自由软件，采用 GNU 通用公共许可证第3版或（由您选择）任何更新的版本（GPL-3.0-or-later）：您可以按该许可证的条款使用、分享和修改它。在法律允许的范围内，本软件不提供任何担保。点击下方的“GNU GPL 全文…”可查看许可证全文；在 Linux 上，它也随换绑助手安装在 /usr/share/doc/rebind/LICENSE。</translation>
    </message>
    <message>
        <source>Third-party software and data</source>
        <translation>第三方软件与数据（英文原文）</translation>
    </message>
</context>
<context>
    <name>rebind::AppController</name>
    <message>
        <source>The key remembered on this computer no longer opens this vault, so it has been forgotten. Please type the passphrase.</source>
        <translation>这台电脑上记住的密钥已无法打开此保险库，因此已将其清除。请输入密码。</translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation>换绑助手</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Passphrase forgotten</source>
        <translation>已清除记住的密码</translation>
    </message>
    <message>
        <source>This computer no longer remembers the passphrase. Rebind will ask for it the next time it opens the vault.</source>
        <translation>这台电脑已不再记住密码。下次打开保险库时，换绑助手会请您输入密码。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Changes in %1 are not saved and cannot be kept while Rebind is locked. Lock anyway and lose them?</source>
        <translation>%1中的更改尚未保存，锁定换绑助手后将无法保留。仍要锁定并放弃这些更改吗？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>未能恢复备份：%1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The vault is back to the state of %1 (%2). What it held before is kept as the newest backup: restore that one to undo this.</source>
        <translation>保险库已回到%1（%2）时的状态。恢复前的内容已保存为最新的一份备份：如需撤销，恢复那一份即可。</translation>
    </message>
    <message>
        <source>The passphrase has been changed. Use the new one from now on; it also opens the vault&apos;s backups.</source>
        <translation>密码已修改。今后请使用新密码；保险库的备份也用新密码打开。</translation>
    </message>
    <message>
        <source>You can make changes again.</source>
        <translation>现在可以重新进行修改了。</translation>
    </message>
    <message>
        <source>The vault was changed by another program; Rebind reloaded it.</source>
        <translation>保险库已被其他程序修改，换绑助手已重新载入。</translation>
    </message>
    <message>
        <source>Reading the remembered key…</source>
        <translation>正在读取记住的密码…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 cannot be imported now: another program is using this vault, so Rebind opened it read-only. Import it with Vault → Import… once you can make changes again.</source>
        <translation>现在无法导入%1：另一个程序正在使用此保险库，因此换绑助手以只读方式打开了它。等到可以再次修改时，请通过“保险库 → 导入…”导入。</translation>
    </message>
    <message>
        <source>Close %1 and open %2?</source>
        <translation>关闭%1并打开%2？</translation>
    </message>
    <message>
        <source>Changes in %1 are not saved and will be lost.</source>
        <translation>%1中的更改尚未保存，将会丢失。</translation>
    </message>
    <message>
        <source>The changes kept when it was locked will be lost.</source>
        <translation>锁定时保留的更改将会丢失。</translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation>打开另一个保险库</translation>
    </message>
    <message>
        <source>&amp;Open the other vault</source>
        <translation>打开另一个保险库(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>保留当前保险库(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rebind::BindingDialog</name>
    <message>
        <source>Set a date</source>
        <translation>设定日期</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>编辑服务</translation>
    </message>
    <message>
        <source>For example: WeChat, Alipay, a bank</source>
        <translation>例如：微信、支付宝、某家银行</translation>
    </message>
    <message>
        <source>Web address (optional)</source>
        <translation>网址（选填）</translation>
    </message>
    <message>
        <source>User name, e-mail or card ending (optional)</source>
        <translation>用户名、邮箱或卡号尾号（选填）</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务(&amp;V)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>网址(&amp;W)：</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
    <message>
        <source>The number is used for:</source>
        <translation>号码用途：</translation>
    </message>
    <message>
        <source>W&amp;hat to do:</source>
        <translation>处理方式(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>“%1” is new: it will be added to your services.</source>
        <translation>“%1”是新服务，将添加到您的服务列表中。</translation>
    </message>
    <message>
        <source>Please enter the service: the app, bank or website.</source>
        <translation>请输入服务名称：应用、银行或网站。</translation>
    </message>
    <message>
        <source>Use %1 from the service catalog, with its steps</source>
        <translation>使用服务目录中的“%1”及其步骤</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>service name (in the other language)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rebind::BindingHistoryDialog</name>
    <message>
        <source>&amp;Undo the last change</source>
        <translation>撤销最近一次修改(&amp;U)</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>修改记录：%1</translation>
    </message>
    <message>
        <source>What happened to %1</source>
        <translation>%1的修改记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>改了什么</translation>
    </message>
    <message>
        <source>(unknown service)</source>
        <translation>（未知服务）</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可以撤销的修改。</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>最近一次修改：%1</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
<context>
    <name>rebind::BindingTableModel</name>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>rebind::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. If this computer remembers the vault, it will remember the new one instead.</source>
        <translation>请先输入当前密码，再输入两次新密码。如果这台电脑记住了此保险库，之后将改为记住新密码。</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>修改密码(&amp;H)</translation>
    </message>
    <message>
        <source>Please type the passphrase you use now.</source>
        <translation>请输入当前使用的密码。</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>Changing the passphrase… This takes a moment.</source>
        <translation>正在修改密码……需要稍等片刻。</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>rebind::ChecklistDialog</name>
    <message>
        <source>Not in the list? Add your o&amp;wn…</source>
        <translation>列表里没有？自行添加(&amp;W)…</translation>
    </message>
    <message>
        <source>Find services to add for %1</source>
        <translation>为%1查找要添加的服务</translation>
    </message>
    <message>
        <source>For example: 微信, wx, taobao.com, 95555</source>
        <translation>例如：微信、wx、taobao.com、95555</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Show &amp;more from public lists</source>
        <translation>显示公开列表中的更多服务(&amp;M)</translation>
    </message>
    <message>
        <source>Also list the thousands of websites known from 2fa.directory and JustDeleteMe, with basic facts only. Searching always includes them.</source>
        <translation>同时列出 2fa.directory 和 JustDeleteMe 收录的数千个网站，这些网站只有基本信息。搜索时总会包含它们。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation>换绑助手</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>category (count)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <source>All common services</source>
        <translation>所有常用服务</translation>
    </message>
    <message numerus="yes">
        <source>Found for “%1”: %n service(s)</source>
        <translation>
            <numerusform>“%1”的搜索结果：%n项服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n service(s)</source>
        <translation>
            <numerusform>%1：%n项服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a service in the list to see what to do.</source>
        <translation>在列表中选择一项服务，即可查看处理方法。</translation>
    </message>
    <message>
        <source>%1 uses the number for:</source>
        <translation>%1将此号码用于：</translation>
    </message>
    <message>
        <source>Already in this number&apos;s list. Change it there with Edit.</source>
        <translation>已在此号码的清单中。请在清单中用“编辑”修改。</translation>
    </message>
    <message>
        <source>Ticked. Change the roles if they are not right.</source>
        <translation>已勾选。如果用途不对，请修改。</translation>
    </message>
    <message>
        <source>Tick it in the list (Space) to add it with these roles.</source>
        <translation>在列表中勾选（按空格键），即可按这些用途添加。</translation>
    </message>
    <message>
        <source>&amp;Add services</source>
        <translation>添加服务(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n service(s)</source>
        <translation>
            <numerusform>添加%n项服务(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be added:</source>
        <translation>
            <numerusform>%n项服务未能添加：</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>已添加：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Close without adding the %n ticked service(s)?</source>
        <translation>
            <numerusform>要关闭吗？已勾选的%n项服务将不会添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try another spelling, or add it yourself with “%2”.</source>
        <translation>没有找到“%1”。请换个写法试试，或者用“%2”自行添加。</translation>
    </message>
    <message numerus="yes">
        <source>Found for “%1” in %2: %n service(s)</source>
        <translation>
            <numerusform>“%1”在“%2”中找到%n项服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick every service that uses %1, then press “%2”. Search by name, pinyin, web address or the sender of its SMS (for example 95555).</source>
        <translation>请勾选所有使用%1的服务，然后点击“%2”。可以按名称、拼音、网址或短信发送号码（例如 95555）搜索。</translation>
    </message>
</context>
<context>
    <name>rebind::ChecklistModel</name>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Used for: %1</source>
        <translation>用途：%1</translation>
    </message>
</context>
<context>
    <name>rebind::DiscoveryDialog</name>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add the ticked services</source>
        <translation>添加已勾选的服务(&amp;A)</translation>
    </message>
    <message>
        <source>Find services in my messages and passwords</source>
        <translation>从我的短信和密码中查找服务</translation>
    </message>
    <message>
        <source>Which services use %1?</source>
        <translation>哪些服务在使用%1？</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现依据</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Example (masked)</source>
        <translation>示例（已部分隐去）</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>找到的服务</translation>
    </message>
    <message>
        <source>Choose an SMS backup or a password export</source>
        <translation>选择短信备份或密码导出文件</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read.</source>
        <translation>
            <numerusform>已读取%n条短信。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved login(s) read.</source>
        <translation>
            <numerusform>已读取%n条保存的登录信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>找到%n项服务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end of the file.</source>
        <translation>未读到文件末尾就已停止。</translation>
    </message>
    <message>
        <source>%1 (not in the catalog)</source>
        <translation>%1（不在服务目录中）</translation>
    </message>
    <message>
        <source>sends codes</source>
        <translation>发送验证码</translation>
    </message>
    <message>
        <source>your number is the login</source>
        <translation>您的号码就是登录账号</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), %1 – %2</source>
        <translation>
            <numerusform>%n次，%1 – %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (already listed)</source>
        <translation>%1（已在清单中）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n service(s)</source>
        <translation>
            <numerusform>添加%n项服务(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add</source>
        <translation>无法添加</translation>
    </message>
    <message numerus="yes">
        <source>Added %n service(s) to %1.</source>
        <translation>
            <numerusform>已为%1添加%n项服务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), %1</source>
        <translation>
            <numerusform>%n次，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an &amp;iPhone backup folder…</source>
        <translation>选择 &amp;iPhone 备份文件夹…</translation>
    </message>
    <message>
        <source>Choose an export of your text messages (SMS Backup &amp; Restore on Android, a .vmsg file that many Android phones export, an Android message database such as mmssms.db, an iPhone backup folder, or a CSV file) or of your saved passwords (Chrome, Edge, Firefox, Bitwarden, KeePassXC, 1Password, Apple Passwords). Rebind reads it on this computer only and keeps nothing from it: only which services were found. Delete the export afterwards.</source>
        <translation>请选择短信的导出文件（安卓上的 SMS Backup &amp; Restore、很多安卓手机导出的 .vmsg 文件、mmssms.db 等安卓短信数据库、iPhone 备份文件夹或 CSV 文件），或已保存密码的导出文件（Chrome、Edge、Firefox、Bitwarden、KeePassXC、1Password、Apple 密码）。换绑助手只在这台电脑上读取，不保存其中任何内容，只记下找到了哪些服务。用完后请删除导出文件。</translation>
    </message>
    <message>
        <source>iPhone: back the phone up to this computer with Finder (Mac), iTunes or Apple Devices (Windows) or 爱思助手, with “Encrypt local backup” turned off, then choose the backup’s folder (one per device, named like 00008110-001A2B3C4D5E801E). Finder and iTunes keep them in ~/Library/Application Support/MobileSync/Backup on a Mac and in %APPDATA%\Apple Computer\MobileSync\Backup on Windows; 爱思助手 shows its backup folder in its backup settings.</source>
        <translation>iPhone：用访达（Mac）、iTunes 或“Apple 设备”（Windows）或爱思助手把手机备份到这台电脑，并关闭“给本地备份加密”，然后选择备份的文件夹（每台设备一个，名字类似 00008110-001A2B3C4D5E801E）。访达和 iTunes 的备份在 Mac 的 ~/Library/Application Support/MobileSync/Backup，在 Windows 的 %APPDATA%\Apple Computer\MobileSync\Backup；爱思助手的备份文件夹可在其备份设置里看到。</translation>
    </message>
    <message>
        <source>Android: Xiaomi .bak files, encrypted Huawei or Honor backups and .ab backups cannot be read.</source>
        <translation>安卓：小米的 .bak 文件、加密的华为或荣耀备份，以及 .ab 备份都无法读取。</translation>
    </message>
    <message>
        <source>Exports (*.xml *.csv *.json *.db *.sqlite *.vmsg *.vmg);;All files (*)</source>
        <translation>导出文件 (*.xml *.csv *.json *.db *.sqlite *.vmsg *.vmg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the folder of an iPhone backup</source>
        <translation>选择 iPhone 备份的文件夹</translation>
    </message>
</context>
<context>
    <name>rebind::ExportDialog</name>
    <message>
        <source>Show phone &amp;numbers in full</source>
        <translation>完整显示手机号(&amp;N)</translation>
    </message>
    <message>
        <source>Include &amp;account names</source>
        <translation>包含账号名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Passphrase for the hand-off file</source>
        <translation>移交文件的密码</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Checklist to print (PDF)</source>
        <translation>用于打印的清单（PDF）</translation>
    </message>
    <message>
        <source>Large-print checklist for elderly readers (PDF)</source>
        <translation>给老年人看的大字版清单（PDF）</translation>
    </message>
    <message>
        <source>Picture for a phone (PNG)</source>
        <translation>在手机上看的图片（PNG）</translation>
    </message>
    <message>
        <source>Reminders for a calendar (.ics)</source>
        <translation>日历提醒（.ics）</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>表格（CSV）</translation>
    </message>
    <message>
        <source>Data for other programs (JSON, not encrypted)</source>
        <translation>供其他程序使用的数据（JSON，未加密）</translation>
    </message>
    <message>
        <source>Hand-off file for another computer (encrypted)</source>
        <translation>给另一台电脑的移交文件（已加密）</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>The number %1</source>
        <translation>号码%1</translation>
    </message>
    <message>
        <source>The selected number</source>
        <translation>选中的号码</translation>
    </message>
    <message>
        <source>All numbers of %1</source>
        <translation>%1的所有号码</translation>
    </message>
    <message>
        <source>The selected person</source>
        <translation>选中的人</translation>
    </message>
    <message>
        <source>Everyone in the vault</source>
        <translation>保险库中的所有人</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>纸张(&amp;E)：</translation>
    </message>
    <message>
        <source>rebind-checklist</source>
        <translation>换绑清单</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>&amp;Hide the new number too</source>
        <translation>新号码也隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>The new number is printed in full, so that it can be typed into each app. Hide it when the paper may be seen by others.</source>
        <translation>新号码会完整打印，方便在各个应用里输入。如果这张纸可能被别人看到，请把它也隐藏。</translation>
    </message>
    <message>
        <source>Service names in &amp;both languages</source>
        <translation>服务名称中英文对照(&amp;B)</translation>
    </message>
    <message>
        <source>Show the old &amp;number in full</source>
        <translation>完整显示旧号码(&amp;N)</translation>
    </message>
    <message>
        <source>rebind-checklist-large-print</source>
        <translation>换绑清单-大字版</translation>
    </message>
    <message>
        <source>rebind-reminders</source>
        <translation>换绑提醒</translation>
    </message>
    <message>
        <source>rebind-services</source>
        <translation>换绑服务列表</translation>
    </message>
    <message>
        <source>rebind-data</source>
        <translation>换绑数据</translation>
    </message>
    <message>
        <source>rebind-handoff</source>
        <translation>换绑交接文件</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>rebind::FirstRunDialog</name>
    <message>
        <source>Use the &amp;usual place</source>
        <translation>使用默认位置(&amp;U)</translation>
    </message>
    <message>
        <source>Welcome to Rebind</source>
        <translation>欢迎使用换绑助手</translation>
    </message>
    <message>
        <source>Where to keep the vault file</source>
        <translation>保险库文件的存放位置</translation>
    </message>
    <message>
        <source>Choose &amp;another place…</source>
        <translation>选择其他位置(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open an existing vault file…</source>
        <translation>打开已有的保险库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>选择保险库的存放位置</translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation>打开保险库文件</translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another place, or open it with “Open an existing vault file…”.</source>
        <translation>%1处已有文件。请选择其他位置，或用“打开已有的保险库文件…”打开它。</translation>
    </message>
    <message>
        <source>Creating your vault… This takes a moment on purpose: it makes the passphrase much harder to guess.</source>
        <translation>正在创建保险库……这一步会特意多花些时间，这样密码会更难被破解。</translation>
    </message>
    <message>
        <source>Rebind keeps a private list of the apps, banks and other services tied to your phone numbers. The list is stored encrypted in one file on this computer, locked with a passphrase that you choose now.</source>
        <translation>换绑助手会为您保存一份私密清单，记录与您手机号绑定的应用、银行和其他服务。清单加密保存在这台电脑上的一个文件中，用您现在设置的密码加锁。</translation>
    </message>
    <message>
        <source>Rebind vaults (*.rebind *.vault)</source>
        <translation>换绑助手保险库 (*.rebind *.vault)</translation>
    </message>
    <message>
        <source>Rebind vaults (*.rebind *.vault);;All files (*)</source>
        <translation>换绑助手保险库 (*.rebind *.vault);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rebind::FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rebind::GuideWindow</name>
    <message>
        <source>Rebind user guide</source>
        <translation>换绑助手使用指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of Rebind.</source>
        <translation>这份换绑助手里缺少使用指南。</translation>
    </message>
</context>
<context>
    <name>rebind::MainWindow</name>
    <message>
        <source>Rebind</source>
        <translation>换绑助手</translation>
    </message>
    <message>
        <source>Add a &amp;person…</source>
        <translation>添加人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Add a &amp;number…</source>
        <translation>添加号码(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a &amp;service…</source>
        <translation>添加服务(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Forget the remembered passphrase</source>
        <translation>清除记住的密码(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Rebind</source>
        <translation>关于换绑助手(&amp;A)</translation>
    </message>
    <message>
        <source>Add someone whose numbers you look after</source>
        <translation>添加一位由您照管其号码的人</translation>
    </message>
    <message>
        <source>Add a phone number for the selected person</source>
        <translation>为选中的人添加手机号</translation>
    </message>
    <message>
        <source>Add an app, bank or website that uses the selected number</source>
        <translation>添加使用选中号码的应用、银行或网站</translation>
    </message>
    <message>
        <source>Lock the vault and hide everything until the passphrase is typed</source>
        <translation>锁定保险库并隐藏所有内容，输入密码后才会重新显示</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>保险库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>People and their numbers</source>
        <translation>人员及其号码</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation>添加号码…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>编辑人员…</translation>
    </message>
    <message>
        <source>%1 — Rebind</source>
        <translation>%1 — 换绑助手</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>people · numbers · services</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n个号码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) listed</source>
        <translation>
            <numerusform>已列出%n项服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a person to start</source>
        <translation>请先添加一个人</translation>
    </message>
    <message>
        <source>Start with yourself or the relative you are helping. Then add their phone numbers, and for each number the apps, banks and other services that use it.</source>
        <translation>可以先添加您自己，或您正在帮助的家人。然后添加此人的手机号，再为每个号码添加使用它的应用、银行和其他服务。</translation>
    </message>
    <message>
        <source>Choose a person or a number</source>
        <translation>请选择一个人或一个号码</translation>
    </message>
    <message>
        <source>Choose someone on the left to see their numbers.</source>
        <translation>在左侧选择一个人，即可查看其号码。</translation>
    </message>
    <message>
        <source>&amp;Edit service…</source>
        <translation>编辑服务(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete service…</source>
        <translation>删除服务(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit number…</source>
        <translation>编辑号码(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete number…</source>
        <translation>删除号码(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>编辑人员(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>删除人员(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo deleting %1</source>
        <translation>撤销删除%1(&amp;U)</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>要删除%1吗？</translation>
    </message>
    <message>
        <source>Delete %1, with %2 and %3 listed for them? This cannot be undone.</source>
        <translation>要删除%1及其名下的%2、%3吗？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n个手机号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n项服务</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the number %1?</source>
        <translation>要删除号码%1吗？</translation>
    </message>
    <message>
        <source>Delete the number %1 and the %2 listed for it? This cannot be undone.</source>
        <translation>要删除号码%1及其下列出的%2吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete number</source>
        <translation>删除号码</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Remove %1 from this number&apos;s list?

You can bring it back with Edit → Undo (Ctrl+Z).</source>
        <translation>要从此号码的清单中移除%1吗？

之后可以用“编辑 → 撤销”（Ctrl+Z）恢复。</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>删除服务</translation>
    </message>
    <message>
        <source>Deleted %1. Press Ctrl+Z to bring it back.</source>
        <translation>已删除%1。按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1已恢复。</translation>
    </message>
    <message>
        <source>Find services to &amp;add…</source>
        <translation>查找要添加的服务(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Service deta&amp;ils…</source>
        <translation>服务详情(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Tick the services you use from the built-in list and add them all at once</source>
        <translation>从内置清单中勾选您使用的服务，一次全部添加</translation>
    </message>
    <message>
        <source>The steps, warnings and official page of the selected service</source>
        <translation>选中服务的步骤、注意事项和官方页面</translation>
    </message>
    <message numerus="yes">
        <source>Added %n service(s): %1</source>
        <translation>
            <numerusform>已添加%n项服务：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Walk me through it…</source>
        <translation>一步步带我完成(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Go through the selected number&apos;s plan one item at a time, in large text</source>
        <translation>用大字号逐项完成所选号码的计划</translation>
    </message>
    <message>
        <source>&amp;History of this service…</source>
        <translation>这项服务的修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>New-&amp;owner checks…</source>
        <translation>新机主检查(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>What changed for the selected service, and undo of its last change</source>
        <translation>所选服务改过什么，并可撤销最近一次修改</translation>
    </message>
    <message>
        <source>For a number you received: which services still use it for someone else</source>
        <translation>针对新收到的号码：哪些服务还被别人的账号绑着</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rebind hand-off or JSON files (*.rebindhandoff *.json);;All files (*)</source>
        <translation>换绑助手移交文件或 JSON 文件 (*.rebindhandoff *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Passphrase of the hand-off file:</source>
        <translation>移交文件的密码：</translation>
    </message>
    <message>
        <source>Merge %1 into this vault? New people, numbers and services are added; where both sides changed the same service, the newer change is kept, and both histories are kept.</source>
        <translation>要把%1合并到此保险库吗？新的人员、号码和服务会被添加进来；如果两边修改了同一项服务，会保留较新的更改，两边的修改记录也都会保留。</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Find services in my &amp;messages…</source>
        <translation>从我的短信中查找服务(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (read-only) — Rebind</source>
        <translation>%1（只读）— 换绑助手</translation>
    </message>
    <message>
        <source>This service was removed by another program: %1.</source>
        <translation>这项服务已被其他程序删除：%1。</translation>
    </message>
    <message>
        <source>This person was removed by another program: %1.</source>
        <translation>此人已被其他程序删除：%1。</translation>
    </message>
    <message>
        <source>This number was removed by another program: %1.</source>
        <translation>这个号码已被其他程序删除：%1。</translation>
    </message>
    <message>
        <source>&amp;Undo editing %1</source>
        <translation>撤销对%1的修改(&amp;U)</translation>
    </message>
    <message>
        <source>The edit of %1 is undone.</source>
        <translation>已撤销对%1的修改。</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rebind::NewOwnerDialog</name>
    <message>
        <source>New owner of %1</source>
        <translation>%1的新机主检查</translation>
    </message>
    <message>
        <source>Is %1 still used by the previous owner?</source>
        <translation>前机主还在用%1吗？</translation>
    </message>
    <message>
        <source>&amp;Check services</source>
        <translation>检查服务(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Official routes</source>
        <translation>官方渠道(&amp;O)</translation>
    </message>
    <message>
        <source>Calls about &amp;debts</source>
        <translation>催收来电(&amp;D)</translation>
    </message>
    <message>
        <source>How to check</source>
        <translation>怎么检查</translation>
    </message>
    <message>
        <source>Services to check</source>
        <translation>要检查的服务</translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation>检查结果是？</translation>
    </message>
    <message>
        <source>&amp;1  Free: no account uses it</source>
        <translation>空闲：没有账号使用(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;2  Someone else&apos;s account uses it</source>
        <translation>别人的账号在用(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3  My own account</source>
        <translation>是我自己的账号(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;4  Not checked yet</source>
        <translation>还没检查(&amp;4)</translation>
    </message>
    <message>
        <source>How to get the number released</source>
        <translation>怎样让对方解除绑定</translation>
    </message>
    <message>
        <source>Open the official &amp;page</source>
        <translation>打开官方页面(&amp;P)</translation>
    </message>
    <message>
        <source>Could not read the checks</source>
        <translation>无法读取检查结果</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>someone else&apos;s</source>
        <translation>别人的</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>service — check result</comment>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) checked.</source>
        <translation>
            <numerusform>已检查%1项，共%n项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still used by someone else: see “Official routes” for releasing them all at once.</source>
        <translation>
            <numerusform>%n项仍被别人使用：可在“官方渠道”里一次性解除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation>打开官方页面</translation>
    </message>
    <message>
        <source>Calls or messages for the previous owner, such as debt collectors? Read out or send this statement. You can change the text before copying it; nothing here is saved.</source>
        <translation>接到找前机主的电话或短信（比如催收）？可以念出或发送下面这段说明。复制前可以修改文字；这里的内容不会保存。</translation>
    </message>
    <message>
        <source>I got this number on:</source>
        <translation>我拿到这个号码的日期：</translation>
    </message>
    <message>
        <source>Co&amp;py the statement</source>
        <translation>复制这段说明(&amp;P)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>rebind::NumberDialog</name>
    <message>
        <source>Not set</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>添加手机号</translation>
    </message>
    <message>
        <source>Edit phone number</source>
        <translation>编辑手机号</translation>
    </message>
    <message>
        <source>For example 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Leave empty if not known yet</source>
        <translation>暂时不知道可留空</translation>
    </message>
    <message>
        <source>&amp;Whose number:</source>
        <translation>机主(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cancel date:</source>
        <translation>销号日期(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;ew number:</source>
        <translation>新号码(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;arrier:</source>
        <translation>运营商(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Type the number as you know it; spaces and dashes are fine.</source>
        <translation>按您熟悉的写法输入号码即可，可以带空格或短横线。</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Add a person first: every number belongs to someone.</source>
        <translation>请先添加一个人：每个号码都要属于某个人。</translation>
    </message>
    <message>
        <source>Please enter the phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <source>The new number must differ from the number being replaced.</source>
        <translation>新号码不能与要替换的号码相同。</translation>
    </message>
    <message>
        <source>Guessed from the number&apos;s prefix: the number may have moved to another carrier.</source>
        <translation>根据号码前缀推测：这个号码可能已经转到其他运营商。</translation>
    </message>
</context>
<context>
    <name>rebind::NumberOverview</name>
    <message>
        <source>due %1, %2</source>
        <translation>截止%1，%2</translation>
    </message>
    <message>
        <source>Walk me through it…</source>
        <translation>一步步带我完成…</translation>
    </message>
    <message>
        <source>New-owner checks…</source>
        <translation>新机主检查…</translation>
    </message>
    <message>
        <source>See all services</source>
        <translation>查看全部服务</translation>
    </message>
    <message>
        <source>One item at a time, in large text (Ctrl+Shift+W)</source>
        <translation>一次一项，大字显示（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Which services still use this number for someone else (Ctrl+Shift+O)</source>
        <translation>哪些服务还被别人的账号绑着这个号码（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>接下来要做</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近的修改</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) checked</source>
        <translation>
            <numerusform>已检查%1项，共%n项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still used by someone else</source>
        <translation>
            <numerusform>%n项仍被别人使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>已完成%1项，共%n项</numerusform>
        </translation>
    </message>
    <message>
        <source>Still used by someone else</source>
        <translation>仍被别人使用</translation>
    </message>
    <message>
        <source>Must be done before cancelling</source>
        <translation>销号前必须完成</translation>
    </message>
    <message>
        <source>Nothing to do yet: add the services that use this number.</source>
        <translation>还没有要做的事：请先添加用到这个号码的服务。</translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>没有剩下要做的事了。</translation>
    </message>
    <message>
        <source>(unknown service)</source>
        <translation>（未知服务）</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>还没有修改。</translation>
    </message>
    <message>
        <source>Print or export…</source>
        <translation>打印或导出…</translation>
    </message>
    <message>
        <source>A checklist to print or send to a phone, calendar reminders (Ctrl+E)</source>
        <translation>可打印或发到手机上的清单，以及日历提醒（Ctrl+E）</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>共%n项：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent: the old number is gone</source>
        <translation>紧急：旧号码已停用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a plan step and its status</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rebind::NumberPanel</name>
    <message>
        <source>Add a service…</source>
        <translation>添加服务…</translation>
    </message>
    <message>
        <source>Edit number…</source>
        <translation>编辑号码…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Cancel date:</source>
        <translation>销号日期：</translation>
    </message>
    <message>
        <source>New number:</source>
        <translation>新号码：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>运营商：</translation>
    </message>
    <message>
        <source>Type to find a service, account or note (Ctrl+F)</source>
        <translation>输入文字，查找服务、账号或备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (in n days)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>暂不清楚</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) listed, %1 finished</source>
        <translation>
            <numerusform>已列出%n项服务，已完成%1项</numerusform>
        </translation>
    </message>
    <message>
        <source>No service, account or note contains “%1”.</source>
        <translation>没有哪项服务、账号或备注包含“%1”。</translation>
    </message>
    <message>
        <source>Find services to add…</source>
        <translation>查找要添加的服务…</translation>
    </message>
    <message>
        <source>What to do for the selected service…</source>
        <translation>选中服务的处理方法…</translation>
    </message>
    <message>
        <source>Tick the services you use from the built-in list (Ctrl+Shift+F)</source>
        <translation>从内置清单中勾选您使用的服务（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Steps, warnings and the official page of the selected service (Ctrl+I)</source>
        <translation>选中服务的步骤、注意事项和官方页面（Ctrl+I）</translation>
    </message>
    <message>
        <source>No services are listed for this number yet. Tick the apps, banks and other services that use it with “Find services to add…” (Ctrl+Shift+F), or add one by hand with “Add a service…” (Ctrl+N).</source>
        <translation>此号码下还没有列出服务。请用“查找要添加的服务…”（Ctrl+Shift+F）勾选使用此号码的应用、银行和其他服务，或用“添加服务…”（Ctrl+N）手动添加。</translation>
    </message>
    <message>
        <source>Walk me through it…</source>
        <translation>一步步带我完成…</translation>
    </message>
    <message>
        <source>One item of this number&apos;s plan at a time, in large text (Ctrl+Shift+W)</source>
        <translation>用大字号逐项完成此号码的计划（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <source>Find services in my messages…</source>
        <translation>从我的短信中查找服务…</translation>
    </message>
    <message>
        <source>Read an SMS backup or a password export for the services you forgot (Ctrl+Shift+M)</source>
        <translation>读取短信备份或密码导出文件，找出您遗漏的服务（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>Service, account or note</source>
        <translation>服务、账号或备注</translation>
    </message>
    <message>
        <source>No services are listed for this number yet</source>
        <translation>这个号码还没有列出任何服务</translation>
    </message>
    <message>
        <source>Start by ticking the apps, banks and other services that use this number. Rebind can also look for them in a backup of your text messages.</source>
        <translation>先勾选使用这个号码的应用、银行和其他服务。换绑助手也可以在您的短信备份里帮您查找。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>rebind::OptionalDateEdit</name>
    <message>
        <source>Type a date such as 2030-01-31, or pick one from the calendar. Leave it empty for no date.</source>
        <translation>输入日期，例如 2030-01-31，或从日历中选择。不设日期请留空。</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 2030-01-31, or pick it from the calendar.</source>
        <translation>“%1”不是有效日期：请按 2030-01-31 的格式输入，或从日历中选择。</translation>
    </message>
</context>
<context>
    <name>rebind::PassphraseFields</name>
    <message>
        <source>Show what I type</source>
        <translation>显示输入内容</translation>
    </message>
    <message>
        <source>Several words you will remember</source>
        <translation>几个您记得住的词</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Tip: four or five unrelated words are strong and easy to remember. Write the passphrase down and keep it somewhere safe: without it nobody can open the vault, not even you.</source>
        <translation>提示：由四五个互不相关的词组成的密码既安全又好记。请把密码写下来并妥善保管：没有它，任何人都无法打开保险库，包括您自己。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>Please choose a passphrase.</source>
        <translation>请设置密码。</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words, for example four or five.</source>
        <translation>此密码太容易被猜到。请使用几个互不相关的词，例如四五个。</translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same passphrase in both boxes.</source>
        <translation>两次输入的密码不一致。请在两个输入框中输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>rebind::PeopleModel</name>
    <message>
        <source>Planned cancel date: %1</source>
        <translation>计划销号日期：%1</translation>
    </message>
</context>
<context>
    <name>rebind::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>For example: Mum, or Zhang Guilan</source>
        <translation>例如：妈妈、张桂兰</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>关系(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Choose one or type your own word</source>
        <translation>请选择，或自行填写</translation>
    </message>
</context>
<context>
    <name>rebind::PersonOverview</name>
    <message>
        <source>Add a number…</source>
        <translation>添加号码…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>编辑人员…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>已完成%1项，共%n项</numerusform>
        </translation>
    </message>
    <message>
        <source>cancel date %1 (%2)</source>
        <translation>销号日期%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n项已过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>No phone numbers are listed for %1 yet. Add one with “Add a number…” (Ctrl+Shift+N).</source>
        <translation>%1名下还没有手机号。请用“添加号码…”（Ctrl+Shift+N）添加。</translation>
    </message>
    <message>
        <source>Choose a number to see its plan and services.</source>
        <translation>选择一个号码，查看它的计划和服务。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) checked</source>
        <translation>
            <numerusform>已检查%1项，共%n项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still used by someone else</source>
        <translation>
            <numerusform>%n项仍被别人使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>最近一次修改：%1</translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation>已于%1销号</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>rebind::ReadOnlyBanner</name>
    <message>
        <source>&amp;Switch to editing</source>
        <translation>切换到编辑模式(&amp;S)</translation>
    </message>
    <message>
        <source>Read-only: %1 is using the vault. You can look and export, but not change anything until it closes the vault.</source>
        <translation>只读：%1正在使用保险库。在它关闭保险库之前，您可以查看和导出，但不能做任何更改。</translation>
    </message>
    <message>
        <source>Read-only: %1 has closed the vault. Switch to editing to make changes again.</source>
        <translation>只读：%1已关闭保险库。切换到编辑模式即可重新进行修改。</translation>
    </message>
</context>
<context>
    <name>rebind::RememberOption</name>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>在此电脑上记住(&amp;M)</translation>
    </message>
    <message>
        <source>Rebind then opens on this computer without asking for the passphrase. Only tick this if nobody else uses your computer account.</source>
        <translation>之后在这台电脑上打开换绑助手时不再询问密码。请仅在没有其他人使用您的电脑账户时勾选此项。</translation>
    </message>
</context>
<context>
    <name>rebind::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Go back to an earlier state of the vault</source>
        <translation>让保险库回到以前的状态</translation>
    </message>
    <message>
        <source>Rebind keeps an encrypted copy of the vault before every upgrade, passphrase change, import, merge and restore. Restoring one replaces everything in the vault with that copy; what the vault holds now is kept as a new backup first, so you can come back to it the same way.</source>
        <translation>每次升级、修改密码、导入、合并和恢复之前，换绑助手都会保存一份保险库的加密副本。恢复其中一份，会用它替换保险库中的全部内容；替换前，保险库现在的内容会先另存为一份新备份，所以之后也可以用同样的方法回到现在的状态。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <source>Replace everything in the vault with the backup made %1 (%2)?

What the vault holds now is kept as a backup first.</source>
        <translation>要用%1（%2）创建的备份替换保险库中的全部内容吗？

保险库现在的内容会先另存为一份备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>rebind::ServiceDetailDialog</name>
    <message>
        <source>%1 — what to do</source>
        <translation>%1 — 处理方法</translation>
    </message>
</context>
<context>
    <name>rebind::ServiceDetailPanel</name>
    <message>
        <source>SMS code</source>
        <translation>短信验证码</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>语音电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>authenticator app</source>
        <translation>身份验证器应用</translation>
    </message>
    <message>
        <source>security key</source>
        <translation>安全密钥</translation>
    </message>
    <message>
        <source>the service&apos;s own app</source>
        <translation>该服务自己的应用</translation>
    </message>
    <message>
        <source>the service&apos;s own device</source>
        <translation>该服务自己的设备</translation>
    </message>
    <message>
        <source>&amp;Open the official page</source>
        <translation>打开官方页面(&amp;O)</translation>
    </message>
    <message>
        <source>Open the account &amp;deletion page</source>
        <translation>打开注销账号页面(&amp;D)</translation>
    </message>
    <message>
        <source>Edit s&amp;teps…</source>
        <translation>编辑步骤(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Reset to the catalog&apos;s steps</source>
        <translation>恢复为内置步骤(&amp;R)</translation>
    </message>
    <message>
        <source>✎ Edited by you: the steps below are your own.</source>
        <translation>✎ 由您修改：下面是您自己写的步骤。</translation>
    </message>
    <message>
        <source>If the old number is already gone</source>
        <translation>如果旧号码已经无法使用</translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation>打开官方页面</translation>
    </message>
    <message>
        <source>The browser could not be started. The address is:
%1</source>
        <translation>无法启动浏览器。网址是：
%1</translation>
    </message>
    <message>
        <source>Open the account deletion page</source>
        <translation>打开注销账号页面</translation>
    </message>
    <message>
        <source>Rebind</source>
        <translation>换绑助手</translation>
    </message>
    <message>
        <source>Two-step sign-in offered: %1.</source>
        <translation>支持的两步验证方式：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Closing the account: %1.</source>
        <translation>注销账号的难度：%1。</translation>
    </message>
    <message>
        <source>How sure we are: %1</source>
        <translation>可靠程度：%1</translation>
    </message>
    <message>
        <source>Last reviewed: %1</source>
        <translation>最后核对日期：%1</translation>
    </message>
    <message>
        <source>Only basic facts are known about this service, from public lists (2fa.directory and JustDeleteMe). Look for “phone number” or “security” in its settings, or use its official page.</source>
        <translation>关于此服务，只有来自公开列表（2fa.directory 和 JustDeleteMe）的基本信息。请在它的设置中查找“手机号”或“安全”，或查看它的官方页面。</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>由您添加</translation>
    </message>
    <message>
        <source>Web address: %1</source>
        <translation>网址：%1</translation>
    </message>
    <message>
        <source>You have not written down steps for this service. Use “Edit steps…” to note how to change the number there.</source>
        <translation>您还没有为此服务记下步骤。请用“编辑步骤…”记下如何在这项服务中换绑号码。</translation>
    </message>
    <message>
        <source>There are no steps for this service in the catalog yet.</source>
        <translation>服务目录中暂时还没有此服务的步骤。</translation>
    </message>
    <message>
        <source>&amp;Remove your own steps</source>
        <translation>删除您自己的步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Reset steps</source>
        <translation>恢复步骤</translation>
    </message>
    <message>
        <source>Remove your own steps for %1 and show the catalog&apos;s again?</source>
        <translation>要删除您为%1写的步骤，重新显示内置步骤吗？</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>rebind::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language is used the next time you start Rebind.</source>
        <translation>新的语言将在下次启动换绑助手时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>保险库文件：</translation>
    </message>
    <message>
        <source>Normal (100%)</source>
        <translation>正常（100%）</translation>
    </message>
    <message>
        <source>Larger (%1%)</source>
        <translation>放大（%1%）</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <source>Also lock when the scr&amp;een locks or the computer sleeps</source>
        <translation>屏幕锁定或电脑睡眠时也锁定(&amp;E)</translation>
    </message>
    <message>
        <source>Also lock when the window is &amp;minimised</source>
        <translation>窗口最小化时也锁定(&amp;M)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>闲置%n分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source> newest</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Rebind keeps an encrypted copy of the vault before every upgrade, passphrase change, import, merge and restore.</source>
        <translation>每次升级、修改密码、导入、合并和恢复之前，换绑助手都会保存一份保险库的加密副本。</translation>
    </message>
    <message>
        <source>Loc&amp;k the vault:</source>
        <translation>自动锁定保险库(&amp;K)：</translation>
    </message>
    <message>
        <source>Keep &amp;backups:</source>
        <translation>保留最近的备份(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>rebind::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>These keys work in the main window.</source>
        <translation>以下按键在主窗口中可用。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>rebind::StepsDialog</name>
    <message>
        <source>Edit steps: %1</source>
        <translation>编辑步骤：%1</translation>
    </message>
    <message>
        <source>Write one step per line, in your own words. Your steps are kept in the vault and shown instead of the catalog&apos;s. Leave a box empty to use the catalog&apos;s steps again.</source>
        <translation>每行写一个步骤，用您自己的话写即可。您的步骤保存在保险库中，会代替内置步骤显示。某一栏留空，就会重新使用内置步骤。</translation>
    </message>
</context>
<context>
    <name>rebind::UiContext</name>
    <message>
        <source>Checking whether this computer&apos;s keychain answers…</source>
        <translation>正在检查这台电脑的系统钥匙串是否有响应……</translation>
    </message>
</context>
<context>
    <name>rebind::UnlockDialog</name>
    <message>
        <source>Unlock Rebind</source>
        <translation>解锁换绑助手</translation>
    </message>
    <message>
        <source>Unlock your vault</source>
        <translation>解锁您的保险库</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>显示输入内容</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock with the &amp;remembered key</source>
        <translation>使用已记住的密钥解锁(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open another vault file…</source>
        <translation>打开其他保险库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>保险库文件：%1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁……</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The key remembered on this computer no longer opens this vault, so it has been forgotten. Please type the passphrase.</source>
        <translation>这台电脑上记住的密钥已无法打开此保险库，因此已将其清除。请输入密码。</translation>
    </message>
    <message>
        <source>Open a vault file</source>
        <translation>打开保险库文件</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the remembered key…</source>
        <translation>正在读取记住的密码…</translation>
    </message>
    <message>
        <source>Rebind vaults (*.rebind *.vault);;All files (*)</source>
        <translation>换绑助手保险库 (*.rebind *.vault);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rebind::WalkthroughDialog</name>
    <message>
        <source>Can&apos;t do it now</source>
        <translation>现在办不了</translation>
    </message>
    <message>
        <source>What is in the way? (It is kept in the notes.)</source>
        <translation>遇到了什么困难？（会记在备注里。）</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Can&apos;t do it now…</source>
        <translation>现在办不了(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>先跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not needed</source>
        <translation>无需处理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一项(&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Walk-through for %1</source>
        <translation>%1的逐项指引</translation>
    </message>
    <message>
        <source>I have done this: go on to the next item</source>
        <translation>这一项已办好：继续下一项</translation>
    </message>
    <message>
        <source>Something is in the way: note why and come back to it later</source>
        <translation>遇到困难：记下原因，以后再回来处理</translation>
    </message>
    <message>
        <source>Leave this item as it is and go on</source>
        <translation>这一项先不动，继续下一项</translation>
    </message>
    <message>
        <source>Nothing needs doing here</source>
        <translation>这一项不需要处理</translation>
    </message>
    <message>
        <source>Show the previous item</source>
        <translation>显示上一项</translation>
    </message>
    <message>
        <source>Open the account d&amp;eletion page</source>
        <translation>打开注销账号页面(&amp;E)</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>逐项指引</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成%1 / %2项</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Everything on the list is done</source>
        <translation>清单上的事项都已完成</translation>
    </message>
    <message>
        <source>You have been through the whole list</source>
        <translation>整个清单已经过了一遍</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>做得好。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are still open. Use Back to return to them, or open the walk-through again later.</source>
        <translation>
            <numerusform>还有%n项没有完成。可以点“上一项”回去处理，或以后再打开逐项指引。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第%1项，共%2项</translation>
    </message>
    <message>
        <source>Marked “can&apos;t do it now” earlier.</source>
        <translation>之前已标记为“现在办不了”。</translation>
    </message>
    <message>
        <source>Already marked: %1.</source>
        <translation>已标记为：%1。</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <source>Sign in to %1, open its account or security settings and change the phone number there.</source>
        <translation>登录%1，打开账号或安全设置，在那里更改手机号。</translation>
    </message>
    <message>
        <source>Can&apos;t do it now (%1): %2</source>
        <translation>现在办不了（%1）：%2</translation>
    </message>
    <message>
        <source>To be sure: log out of %1 and log in again with the new number.</source>
        <translation>为了确认：退出%1，再用新号码重新登录。</translation>
    </message>
    <message>
        <source>To be sure: check that %1 no longer shows the old number.</source>
        <translation>为了确认：检查%1里已不再显示旧号码。</translation>
    </message>
    <message>
        <source>%1 is marked verified.</source>
        <translation>%1已标记为已验证。</translation>
    </message>
</context>
</TS>
