// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HanFold.h"

#include <algorithm>
#include <iterator>

namespace rebind {

namespace {

// Traditional characters in code-point order, and at the same index their simplified forms.
constexpr char16_t kTraditional[] =
    u"亞個們傳僑價億優儲兌則創劃劇劉劵動務勵匯區參吳員問單嗎國圓團執報場塊壓壞壽奮婦嬰"
    u"孫學實寧寫寬寵寶專導屬島嶺巖帳幣幾庫廈廟廠廣廳張彌彙徵愛態慮慶憑憶應戀戰戲戶掃換"
    u"揮損搖撥擁擇擊擔據擴攜攝攤敗敵數斷時晉晝曉書會東條棧楊楓業榮樂樓標樣橋機橫檔檢櫃"
    u"權歐歡歲歷殘毀氣氫決沒況測湯準溫滅滙滬滿漁漢漲潔澤濟濱灑灣為烏無煙熱燈營爐爺牆狀"
    u"獎獨獲獵玀現瑪環瓊產畢畫異當瘋療發盜盡監盤矚碩確碼礙礦祿禍禪禮稅稱積穩窮競筆節範"
    u"築簡簽粵糧紀約紅納紐純紗紙級紛終組結絕絡給統絲綁經綜綠綫維網緊線緣編緩縣縮總績織"
    u"繩繳續罰羅義習聖聞聯聲職聽肅脅腎腦膚臉臺與興舉舊艙莊莖華萊萬葉蓋蓮蔣蔥蕭薦薩藍藝"
    u"藥蘇蘋蘭處虛號蝦蟲蠶術衛衝補裝裡製複規視覺觀訂計訊託記訪設許診評詞詢試話詳誌認語"
    u"誠誤說課調談請論諮謀講謝證識譯議護讀變讓讚豐豬貓貝負財貢貧貨貴買貸費貼貿賀資賓賞"
    u"賠賣質賬購賽贈贊贏贛趕趙躍車軌軍軒軟載輔輕輛輝輸轉辦農這連進遊運過達遙遞遠適遲選"
    u"遺遼邁還邊郵鄉鄧鄭鄰醫醬釋針鈔鈴鉅銀銅銷鋪鋼錄錢錯錶鍋鍵鍾鎖鎮鏈鏡鐘鐵長門閃閉開"
    u"閑間閣閩閱闆關陝陣陰陳陸陽隊階際隨險隱隴雙雜雞離難雲電靈韌韓韻響頁頂項順須預頒頓"
    u"領頤頭頻題額顏類顧顯風颱飄飛飯飲養餓餘館饋馬馮駐駕駛騎騰驅驗驚驛驢體髮鬆鬥魚魯鮮"
    u"鳥鳳鳴鴨鶴鹽麗麥麵麼黃點黨齊齒齡龍龜";
constexpr char16_t kSimplified[] =
    u"亚个们传侨价亿优储兑则创划剧刘券动务励汇区参吴员问单吗国圆团执报场块压坏寿奋妇婴"
    u"孙学实宁写宽宠宝专导属岛岭岩账币几库厦庙厂广厅张弥汇征爱态虑庆凭忆应恋战戏户扫换"
    u"挥损摇拨拥择击担据扩携摄摊败敌数断时晋昼晓书会东条栈杨枫业荣乐楼标样桥机横档检柜"
    u"权欧欢岁历残毁气氢决没况测汤准温灭汇沪满渔汉涨洁泽济滨洒湾为乌无烟热灯营炉爷墙状"
    u"奖独获猎猡现玛环琼产毕画异当疯疗发盗尽监盘瞩硕确码碍矿禄祸禅礼税称积稳穷竞笔节范"
    u"筑简签粤粮纪约红纳纽纯纱纸级纷终组结绝络给统丝绑经综绿线维网紧线缘编缓县缩总绩织"
    u"绳缴续罚罗义习圣闻联声职听肃胁肾脑肤脸台与兴举旧舱庄茎华莱万叶盖莲蒋葱萧荐萨蓝艺"
    u"药苏苹兰处虚号虾虫蚕术卫冲补装里制复规视觉观订计讯托记访设许诊评词询试话详志认语"
    u"诚误说课调谈请论咨谋讲谢证识译议护读变让赞丰猪猫贝负财贡贫货贵买贷费贴贸贺资宾赏"
    u"赔卖质账购赛赠赞赢赣赶赵跃车轨军轩软载辅轻辆辉输转办农这连进游运过达遥递远适迟选"
    u"遗辽迈还边邮乡邓郑邻医酱释针钞铃钜银铜销铺钢录钱错表锅键钟锁镇链镜钟铁长门闪闭开"
    u"闲间阁闽阅板关陕阵阴陈陆阳队阶际随险隐陇双杂鸡离难云电灵韧韩韵响页顶项顺须预颁顿"
    u"领颐头频题额颜类顾显风台飘飞饭饮养饿余馆馈马冯驻驾驶骑腾驱验惊驿驴体发松斗鱼鲁鲜"
    u"鸟凤鸣鸭鹤盐丽麦面么黄点党齐齿龄龙龟";
static_assert(std::size(kTraditional) == std::size(kSimplified));

} // namespace

QChar HanFold::fold(QChar c)
{
    const char16_t unit = c.unicode();
    if (unit < 0x4E00 || unit > 0x9FFF) {
        return c;
    }
    const char16_t* end = kTraditional + std::size(kTraditional) - 1; // without the final NUL
    const char16_t* found = std::lower_bound(kTraditional, end, unit);
    if (found == end || *found != unit) {
        return c;
    }
    return QChar(kSimplified[found - kTraditional]);
}

QString HanFold::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        out.append(fold(c));
    }
    return out;
}

} // namespace rebind
