// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecallCorpus.h"

#include <algorithm>
#include <iterator>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace rebind {

namespace {

using K = RecallCorpus::Kind;

// Placeholders, filled from the seed: {N} N digits, {A5} five letters and digits, {amt} an
// amount of money, {md} a month and day (11月14日), {hm} a time (16:20).
struct ServiceRow
{
    const char* id;
    K kind;
    const char* sender;
    const char* body;
    bool mms = false;
};

// clang-format off
const ServiceRow kServices[] = {
    // ---- Chinese banks: short numbers, 【签名】 first or last, [方括号], other services named inside.
    {"cmb", K::SignatureStart, "95555", "【招商银行】您账户{4}于{md}{hm}在【财付通-微信支付-美团】快捷支付{2}.{2}元，余额{amt}"},
    {"cmb", K::ShortNumber, "95555", "您的一网通登录验证码为{6}，10分钟内有效，请勿向任何人提供。如非本人操作请致电95555。"},
    {"icbc", K::SignatureEnd, "95588", "您尾号{4}卡{md}{hm}网上银行支出(消费){amt}元，余额{amt}元。【工商银行】"},
    {"icbc", K::SignatureStart, "95588", "【中国工商银行】您正在办理手机银行登录，验证码{6}，工作人员不会向您索要，请勿泄露。"},
    {"ccb", K::SignatureStart, "95533", "【中国建设银行】您尾号{4}的储蓄卡{md}{hm}支付宝快捷支付支出人民币{2}.{2}元,活期余额{amt}元。"},
    {"ccb", K::SignatureEnd, "95533", "您正在进行建行手机银行登录，验证码{6}，请勿泄露给他人。[建设银行]"},
    {"abc", K::SignatureStart, "95599", "【中国农业银行】您尾号{4}账户{md}{hm}完成财付通交易人民币-{2}.{2}，余额{amt}。"},
    {"abc", K::ShortNumber, "95599", "尊敬的客户，您的掌银动态验证码为{6}，请勿泄露。如有疑问请致电95599。"},
    {"bocom", K::SignatureStart, "95559", "【交通银行】您尾号*{4}的卡于{md}{hm}网络支付转出{amt}元，交易后余额为{amt}元。"},
    {"bocom", K::SignatureEnd, "95559", "您的交行手机银行动态码为{6}，有效期5分钟，切勿告知他人。【交通银行】"},
    {"psbc", K::SignatureStart, "95580", "【邮储银行】{md}{hm}您尾号{4}账户快捷支付金额{2}.{2}元，余额{amt}元。"},
    {"psbc", K::SignatureStart, "95580", "【中国邮政储蓄银行】验证码：{6}，您正在登录手机银行，请勿泄露。"},
    {"citic", K::SignatureStart, "95558", "【中信银行】您尾号{4}的中信卡于{md}{hm}，存入人民币{amt}元，当前余额为人民币{amt}元。"},
    {"citic", K::ShortNumber, "95558", "动态验证码{6}，您正在进行中信银行手机银行登录，请勿泄露。"},
    {"spdb", K::SignatureStart, "95528", "【浦发银行】您尾号{4}卡人民币活期{hm}存入{amt}[财付通]，可用余额{amt}。"},
    {"spdb", K::SignatureEnd, "95528", "验证码：{6}，您正在登录浦发手机银行，请勿将验证码告知他人。【上海浦东发展银行】"},
    {"cib", K::SignatureStart, "95561", "【兴业银行】您尾号{4}的卡{md}{hm}网联付款支出{2}.{2}元，余额{amt}元。"},
    {"cib", K::ShortNumber, "95561", "您的兴业银行手机银行验证码为{6}，5分钟内有效，请勿泄露。"},
    {"cmbc", K::SignatureStart, "95568", "【民生银行】您账户*{4}于{md}{hm}转入{amt}元，可用余额{amt}元。"},
    {"cmbc", K::SignatureMiddle, "95568", "尊敬的客户：您正在登录手机银行，验证码{6}。【民生银行】请勿向任何人透露验证码。"},
    {"ceb", K::SignatureStart, "95595", "【光大银行】尊敬的客户：您尾号{4}账户{md}{hm}支出{2}.{2}元，余额{amt}元。"},
    {"ceb", K::SignatureEnd, "95595", "验证码{6}，您正在进行阳光银行登录，请勿泄露。【中国光大银行】"},
    {"cgb", K::SignatureStart, "95508", "【广发银行】您尾号{4}借记卡{md}{hm}收入人民币{amt}元。"},
    {"cgb", K::ShortNumber, "95508", "{6}（动态验证码），您正在使用广发手机银行登录，工作人员不会索取，请勿泄露。"},
    {"pingan-bank", K::SignatureStart, "95511", "【平安银行】您尾号{4}的账户于{md}{hm}转入人民币{amt}元，可用余额{amt}元。"},
    {"pingan-bank", K::SignatureEnd, "95511", "您正在登录平安口袋银行，验证码{6}，5分钟内有效。【平安银行】"},
    {"cbhb", K::SignatureStart, "95541", "【渤海银行】您尾号{4}的账户{md}{hm}支出人民币{2}.{2}元，余额{amt}元。"},
    {"cbhb", K::ShortNumber, "95541", "您的手机银行验证码是{6}，请在5分钟内输入，切勿告知他人。"},
    {"hfbank", K::SignatureEnd, "95395", "您尾号{4}的账户{md}{hm}转入{amt}元，余额{amt}元。【恒丰银行】"},
    {"hfbank", K::ShortNumber, "95395", "您正在登录恒丰银行手机银行，动态码{6}，请勿泄露。"},
    {"bank-of-beijing", K::SignatureStart, "95526", "【北京银行】您尾号{4}的京卡{md}{hm}消费{2}.{2}元，余额{amt}元。"},
    {"bank-of-beijing", K::ShortNumber, "95526", "您的手机银行登录验证码是{6}，请勿告知他人。"},
    {"bank-of-shanghai", K::SignatureStart, "95594", "【上海银行】您尾号{4}的借记卡于{md}{hm}代发工资转入{amt}元。"},
    {"bank-of-shanghai", K::SignatureEnd, "95594", "验证码{6}，您正在进行上海银行手机银行登录，请勿泄露。【上海银行】"},
    {"bank-of-jiangsu", K::SignatureEnd, "95319", "您尾号{4}账户{md}{hm}快捷支付{2}.{2}元，余额{amt}元。【江苏银行】"},
    {"bank-of-jiangsu", K::ShortNumber, "95319", "尊敬的客户，您的手机银行验证码为{6}，有效期5分钟。"},
    {"bank-of-ningbo", K::SignatureStart, "95574", "【宁波银行】您尾号{4}的账户{md}{hm}转出{amt}元。"},
    {"bank-of-ningbo", K::SignatureEnd, "95574", "您的动态密码为{6}，请在页面输入，切勿告知他人。【宁波银行】"},
    {"bank-of-nanjing", K::ShortNumber, "95302", "尊敬的客户，您的动态密码为{6}，请勿泄露，如非本人操作请致电95302。"},
    {"bank-of-nanjing", K::SignatureStart, "95302", "【南京银行】您尾号{4}账户{md}收入{amt}元。"},
    {"bank-of-hangzhou", K::SignatureStart, "95398", "【杭州银行】您尾号{4}的账户于{md}{hm}支出{2}.{2}元。"},
    {"bank-of-hangzhou", K::ShortNumber, "95398", "您正在办理网上银行业务，验证码{6}，请勿泄露。"},
    {"bank-of-chengdu", K::SignatureStart, "95507", "【成都银行】您尾号{4}的卡{md}{hm}转入{amt}元，余额{amt}元。"},
    {"bank-of-chengdu", K::SignatureEnd, "95507", "验证码{6}，您正在登录手机银行，请勿泄露。【成都银行】"},
    {"huishang-bank", K::SignatureStart, "1069{8}", "【徽商银行】您的验证码为{6}，您正在进行手机银行登录操作。"},
    {"huishang-bank", K::SignatureEnd, "1069{9}", "您尾号{4}的账户{md}{hm}支出{2}.{2}元，余额{amt}元。【徽商银行】"},
    {"bank-of-chongqing", K::SignatureEnd, "1069{9}", "您尾号{4}的账户{md}{hm}收入{amt}元，余额{amt}元。【重庆银行】"},
    {"bank-of-chongqing", K::SignatureStart, "1069{9}", "【重庆银行】验证码{6}，您正在登录手机银行，请勿泄露。"},
    {"bjrcb", K::SignatureStart, "96198", "【北京农商银行】您尾号{4}的账户{md}{hm}支取{amt}元。"},
    {"bjrcb", K::SignatureEnd, "96198", "验证码{6}，您正在进行手机银行登录。【北京农商银行】"},
    {"cqrcb", K::SignatureStart, "96899", "【重庆农商行】您尾号{4}的江渝卡{md}{hm}存入{amt}元。"},
    {"cqrcb", K::SignatureEnd, "96899", "验证码{6}，您正在办理手机银行业务，请勿泄露。【重庆农村商业银行】"},
    {"webank", K::SignatureStart, "95384", "【微众银行】您的验证码为{6}，用于身份验证，请勿泄露。"},
    {"webank", K::CompanySignature, "1069{9}", "【微粒贷】您借款的{amt}元已到账至尾号{4}的银行卡，请留意查收。"},
    {"mybank", K::SignatureStart, "1069{9}", "【网商银行】您的网商贷已放款{amt}元，请注意查收。"},
    {"mybank", K::SignatureEnd, "1069{9}", "验证码{6}，您正在登录网商银行，请勿泄露。【网商银行】"},
    {"xwbank", K::SignatureEnd, "1069{9}", "您的验证码是{6}，请勿泄露给他人。【新网银行】"},
    {"xwbank", K::SignatureStart, "1069{9}", "【新网银行】您的好人贷借款{amt}元已到账。"},

    // ---- Credit cards: their own signatures and app names.
    {"cmb-credit-card", K::CompanySignature, "1065795555", "【掌上生活】您的验证码为{6}，您正在登录掌上生活App，请勿泄露。"},
    {"cmb-credit-card", K::SignatureStart, "95555", "【招商银行】您尾号{4}的招行信用卡{md}{hm}消费人民币{2}.{2}元，可用额度{amt}元。"},
    {"cgb-credit-card", K::CompanySignature, "95508", "【广发信用卡】您尾号{4}广发卡{md}{hm}消费人民币{2}.{2}元，可用额度{amt}元。"},
    {"cgb-credit-card", K::CompanySignature, "95508", "【广发信用卡】验证码{6}，您正在登录发现精彩App，请勿泄露。"},
    {"citic-credit-card", K::CompanySignature, "1069{9}", "【中信银行信用卡】您尾号{4}的信用卡本期账单{amt}元，到期还款日{md}。"},
    {"citic-credit-card", K::CompanySignature, "1069{9}", "【中信银行信用卡】您尾号{4}的卡于{md}{hm}消费{2}.{2}元。"},
    {"spdb-credit-card", K::CompanySignature, "1069{9}", "【浦发信用卡】验证码{6}，您正在浦大喜奔App绑定设备，请勿泄露。"},
    {"spdb-credit-card", K::CompanySignature, "1069{9}", "您尾号{4}的浦发信用卡{md}消费{2}.{2}元，可用额度{amt}元。【浦发信用卡】"},
    {"cmbc-credit-card", K::CompanySignature, "106908795568", "【民生信用卡】您尾号{4}的信用卡{md}消费{2}.{2}元。"},
    {"cmbc-credit-card", K::CompanySignature, "1069079895568", "【民生信用卡】您的全民生活验证码为{6}，请勿泄露。"},
    {"bocom-credit-card", K::CompanySignature, "1069{9}", "【交通银行信用卡】您的买单吧登录验证码为{6}，请勿泄露。"},
    {"bocom-credit-card", K::CompanySignature, "1069{9}", "【交通银行信用卡】您尾号{4}的卡本期账单{amt}元，到期还款日{md}。"},

    // ---- Payments and consumer credit.
    {"alipay", K::SignatureStart, "95188", "【支付宝】您正在使用支付宝，验证码{6}，请勿泄露给他人。"},
    {"alipay", K::SignatureEnd, "95188", "校验码{6}，您正在进行支付宝身份验证，打死不要告诉别人哦！【支付宝】"},
    {"alipay", K::CompanySignature, "1069{9}", "【蚂蚁财富】您购买的基金已确认份额，可在支付宝-理财查看。"},
    {"wechat-pay", K::SignatureStart, "1069{9}", "【微信支付】您尾号{4}的银行卡已成功绑定微信支付，如非本人操作请及时处理。"},
    {"wechat-pay", K::CompanySignature, "1069{9}", "【财付通】您正在进行微信支付实名认证，验证码{6}，请勿泄露。"},
    {"unionpay", K::SignatureStart, "95516", "【云闪付】您正在绑定银行卡，验证码{6}，请勿告诉他人。"},
    {"unionpay", K::CompanySignature, "95516", "【中国银联】您尾号{4}的银行卡于{md}{hm}在线支付{2}.{2}元。"},
    {"jd-finance", K::SignatureStart, "1069{9}", "【京东金融】您的白条本期账单{amt}元，还款日为{md}，请按时还款。"},
    {"jd-finance", K::CompanySignature, "1069{9}", "【京东支付】验证码{6}，您正在使用京东支付付款，请勿泄露。"},
    {"lakala", K::SignatureStart, "1069{9}", "【拉卡拉】您的验证码是{6}，5分钟内有效。"},
    {"lakala", K::SignatureEnd, "1069{9}", "您的交易已成功，金额{2}.{2}元。【拉卡拉】"},
    {"bestpay", K::SignatureStart, "1069{9}", "【翼支付】您的验证码为{6}，请勿泄露。"},
    {"bestpay", K::SignatureEnd, "1069{9}", "您尾号{4}的银行卡已绑定翼支付。【翼支付】"},
    {"hebao", K::SignatureEnd, "1069{9}", "验证码{6}，您正在登录和包，请勿泄露。【和包支付】"},
    {"hebao", K::SignatureStart, "1069{9}", "【和包支付】您已成功充值{2}元。"},
    {"duxiaoman", K::SignatureStart, "1069{9}", "【度小满金融】您的验证码为{6}，切勿告知他人。"},
    {"duxiaoman", K::CompanySignature, "1069{9}", "【有钱花】您的借款{amt}元已到账，请注意查收。"},
    {"msxf", K::CompanySignature, "1069{9}", "【安逸花】您的本期账单已出，应还{amt}元，还款日{md}。"},
    {"msxf", K::CompanySignature, "1069{9}", "【马上消费金融】您的验证码为{6}，请勿泄露。"},
    {"zhaolian", K::SignatureStart, "1069{9}", "【招联金融】您的好期贷额度已更新，验证码{6}。"},
    {"zhaolian", K::SignatureEnd, "1069{9}", "您的本期账单{amt}元，还款日{md}，请按时还款。【招联金融】"},
    {"jietiao-360", K::SignatureStart, "1069{9}", "【360借条】您的验证码是{6}，请勿泄露。"},
    {"jietiao-360", K::CompanySignature, "1069{9}", "【奇富借条】您的借款已到账，请注意查收。"},
    {"fenqile", K::SignatureEnd, "1069{9}", "您的验证码为{6}，有效期10分钟。【分期乐】"},
    {"fenqile", K::SignatureStart, "1069{9}", "【分期乐】您的订单已发货，请注意查收。"},

    // ---- Tencent and other social / media.
    {"wechat", K::EnglishCode, "10690700367", "Your WeChat verification code is {6}. Don't share it with others."},
    {"wechat", K::CompanySignature, "1069{9}", "【腾讯科技】{6}（微信验证码）。工作人员不会向你索取，请勿泄露。"},
    {"qq", K::CompanySignature, "1069{9}", "【QQ安全中心】验证码{6}，用于QQ修改密码，5分钟内有效。请勿泄露。"},
    {"qq", K::SignatureStart, "1069{9}", "【QQ】你的QQ帐号于{md}{hm}在新设备登录，如非本人操作请及时修改密码。"},
    {"qq-mail", K::SignatureStart, "1069{9}", "【QQ邮箱】验证码{6}，你正在绑定手机号，请勿泄露。"},
    {"qq-mail", K::CompanySignature, "1069{9}", "【腾讯科技】你正在使用QQ邮箱，验证码{6}，请勿泄露。"},
    {"tencent-meeting", K::SignatureStart, "1069{9}", "【腾讯会议】您的验证码为{6}，5分钟内有效。"},
    {"tencent-meeting", K::CompanySignature, "1069{9}", "【腾讯科技】您的腾讯会议验证码：{6}，请勿泄露。"},
    {"tencent-video", K::SignatureStart, "1069{9}", "【腾讯视频】您的VIP会员将于{md}到期，续费可享优惠。回T退订"},
    {"tencent-video", K::SignatureEnd, "1069{9}", "您的验证码为{6}，用于登录腾讯视频。【腾讯视频】"},
    {"tencent-games", K::SignatureStart, "1069{9}", "【腾讯游戏】您正在进行成长守护平台绑定，验证码{6}。"},
    {"tencent-games", K::SignatureEnd, "1069{9}", "你的王者荣耀账号正在新设备登录，验证码{6}。【腾讯游戏】"},
    {"wecom", K::SignatureStart, "1069{9}", "【企业微信】你的验证码为{6}，请在页面中填写。"},
    {"wecom", K::SignatureEnd, "1069{9}", "你已加入企业，请下载企业微信登录。【企业微信】"},
    {"tencent-cloud", K::SignatureStart, "1069{9}", "【腾讯云】您的云服务器将于{md}到期，请及时续费。"},
    {"tencent-cloud", K::SignatureEnd, "1069{9}", "验证码{6}，您正在登录腾讯云控制台。【腾讯云】"},
    {"weibo", K::SignatureStart, "1069{9}", "【微博】您的验证码是{6}，请在5分钟内使用。"},
    {"weibo", K::CompanySignature, "1069{9}", "【新浪微博】您的帐号于{md}{hm}修改了密码，如非本人操作请联系客服。"},
    {"zhihu", K::SignatureStart, "1069{9}", "【知乎】你的验证码是{6}，此验证码用于登录知乎，5分钟内有效。"},
    {"zhihu", K::SignatureEnd, "1069{9}", "验证码{6}，5分钟内有效。【知乎】"},
    {"douyin", K::SignatureStart, "106575{7}", "【抖音】{4}是你的验证码，5分钟内有效，请勿泄露。"},
    {"douyin", K::SignatureEnd, "106575{7}", "验证码{4}，用于手机号登录，5分钟内有效，验证码提供给他人可能导致帐号被盗。【抖音】"},
    {"kuaishou", K::SignatureStart, "1069{9}", "【快手】{6}为你的登录验证码，请于5分钟内填写。"},
    {"kuaishou", K::CompanySignature, "1069{9}", "【快手极速版】你的验证码是{4}，请勿告诉他人。"},
    {"xiaohongshu", K::SignatureStart, "1069{9}", "【小红书】{6}（小红书验证码），请在5分钟内完成验证。"},
    {"xiaohongshu", K::SignatureEnd, "1069{9}", "您的账号已在新设备登录，如非本人操作请修改密码。【小红书】"},
    {"bilibili", K::SignatureStart, "1069{9}", "【哔哩哔哩】{6}为你的登录验证码，请于5分钟内填写。"},
    {"bilibili", K::SignatureStart, "1069{9}", "【bilibili】您的大会员将于{md}到期。"},
    {"douban", K::SignatureStart, "1069{9}", "【豆瓣】验证码：{6}，10分钟内有效。"},
    {"douban", K::SignatureEnd, "1069{9}", "你的豆瓣帐号已绑定此手机号。【豆瓣】"},
    {"momo", K::SignatureEnd, "1069{9}", "验证码{4}，请勿泄露。【陌陌】"},
    {"momo", K::SignatureStart, "1069{9}", "【陌陌】你的账号已在其他设备登录。"},
    {"soul", K::SignatureStart, "1069{9}", "【Soul】你的验证码是{4}，请勿告诉别人。"},
    {"soul", K::SignatureEnd, "1069{9}", "验证码{4}，请勿泄露。【Soul】"},
    {"toutiao", K::SignatureStart, "1069{9}", "【今日头条】{4}是你的验证码，5分钟内有效。"},
    {"toutiao", K::SignatureEnd, "1069{9}", "验证码{4}，用于登录今日头条。【今日头条】"},
    {"netease-music", K::SignatureStart, "1069{9}", "【网易云音乐】验证码：{4}，您正在登录网易云音乐。"},
    {"netease-music", K::CompanySignature, "1069{9}", "【网易】您的网易云音乐黑胶VIP即将到期。"},
    {"qq-music", K::SignatureStart, "1069{9}", "【QQ音乐】你的绿钻将于{md}到期。"},
    {"qq-music", K::SignatureEnd, "1069{9}", "验证码{6}，用于登录QQ音乐。【QQ音乐】"},
    {"kugou", K::SignatureStart, "1069{9}", "【酷狗音乐】验证码{6}，请勿泄露。"},
    {"kugou", K::SignatureEnd, "1069{9}", "您的酷狗VIP将于{md}到期。【酷狗音乐】"},
    {"iqiyi", K::SignatureStart, "1069{9}", "【爱奇艺】您的验证码为{6}，请勿泄露。"},
    {"iqiyi", K::SignatureEnd, "1069{9}", "您的黄金VIP会员将于{md}到期，回T退订【爱奇艺】"},
    {"youku", K::SignatureEnd, "1069{9}", "您的验证码是{6}，5分钟内有效。【优酷】"},
    {"youku", K::SignatureStart, "1069{9}", "【优酷】您的VIP会员已成功续费。"},
    {"mgtv", K::SignatureStart, "1069{9}", "【芒果TV】验证码{6}，请勿泄露。"},
    {"mgtv", K::SignatureEnd, "1069{9}", "您的会员将于{md}到期。【芒果TV】"},
    {"ximalaya", K::SignatureStart, "1069{9}", "【喜马拉雅】您的验证码是{6}。"},
    {"ximalaya", K::SignatureEnd, "1069{9}", "您的VIP会员即将到期。【喜马拉雅】"},
    {"huya", K::SignatureStart, "1069{9}", "【虎牙直播】验证码{6}，请勿告知他人。"},
    {"huya", K::SignatureEnd, "1069{9}", "您关注的主播开播了。【虎牙直播】"},
    {"douyu", K::SignatureStart, "1069{9}", "【斗鱼】您的验证码是{6}。"},
    {"douyu", K::SignatureEnd, "1069{9}", "验证码{6}，请勿泄露。【斗鱼】"},
    {"netease-games", K::SignatureStart, "1069{9}", "【网易游戏】您正在登录网易游戏帐号，验证码{6}。"},
    {"netease-games", K::CompanySignature, "1069{9}", "【网易】您的将军令验证码为{6}，请勿泄露。"},
    {"mihoyo", K::SignatureStart, "1069{9}", "【米哈游】您的验证码为{6}，5分钟内有效。"},
    {"mihoyo", K::CompanySignature, "1069{9}", "【米游社】您的验证码为{6}。"},

    // ---- Shopping, deliveries, housing.
    {"taobao", K::SignatureStart, "1065502{6}", "【淘宝】亲，您的验证码是{6}，请勿泄露。"},
    {"taobao", K::SignatureEnd, "1065502{6}", "验证码{6}，您正在登录，若非本人操作，请勿泄露。【淘宝网】"},
    {"tmall", K::SignatureStart, "1069{9}", "【天猫】您的订单已发货，物流单号SF{12}。"},
    {"tmall", K::CompanySignature, "1069{9}", "【天猫超市】您的订单预计今天送达，请保持电话畅通。"},
    {"xianyu", K::GatewayLookalike, "1069095577", "【闲鱼】验证码{4}，用于登录闲鱼，请勿泄露。"},
    {"xianyu", K::SignatureMiddle, "1069{9}", "验证码：{4}。【闲鱼】如非本人操作，请忽略本短信。"},
    {"jd", K::SignatureEnd, "1069{9}", "您的验证码是{6}，5分钟内有效，请勿泄露。【京东】"},
    {"jd", K::CompanySignature, "1069{9}", "【京东快递】您的快件正在派送中，快递员电话：{11}。"},
    {"jd", K::SignatureMiddle, "1069{9}", "您好，您的订单已出库【京东】，预计明天送达。"},
    {"pinduoduo", K::SignatureStart, "1069{9}", "【拼多多】您的验证码是{6}，请勿泄露。退订回T"},
    {"pinduoduo", K::CompanySignature, "1069{9}", "【多多买菜】您的商品已到自提点，提货码{6}。"},
    {"vipshop", K::SignatureEnd, "1069{9}", "您的特卖会员权益即将到期，点击 vip.com 查看。回T退订【唯品会】"},
    {"vipshop", K::SignatureStart, "1069{9}", "【唯品会】您的验证码为{6}，请勿泄露。"},
    {"suning", K::SignatureStart, "1069{9}", "【苏宁易购】您的验证码为{6}。"},
    {"suning", K::SignatureEnd, "1069{9}", "您的订单已送达。【苏宁易购】"},
    {"dewu", K::GatewayLookalike, "106575295527", "【得物】您的验证码是{6}，请勿泄露。"},
    {"dewu", K::SignatureEnd, "1069{9}", "您的商品已通过鉴别并发货。【得物】"},
    {"dangdang", K::SignatureStart, "1069{9}", "【当当网】您的订单已发货。"},
    {"dangdang", K::SignatureStart, "1069{9}", "【当当】您的验证码是{6}。"},
    {"cainiao", K::CompanySignature, "1069{9}", "【菜鸟驿站】您的包裹已到XX小区菜鸟驿站，取件码{1}-{1}-{4}，请尽快领取。"},
    {"cainiao", K::SignatureStart, "1069{9}", "【菜鸟】您的快递已签收，如有疑问请联系快递员。"},
    {"cainiao", K::SignatureMiddle, "1069{9}", "您的包裹已到驿站【菜鸟驿站】取件码{1}-{1}-{4}，请在{md}前领取。"},
    {"sf-express", K::SignatureStart, "95338", "【顺丰速运】您的快件已到达驿站，取件码{1}-{4}，请及时领取。", true},
    {"sf-express", K::SignatureStart, "1069{9}", "【顺丰】您的快件SF{12}已签收。"},
    {"zto", K::SignatureEnd, "1069{9}", "您的中通包裹已到代收点，取件码{6}。【中通快递】"},
    {"zto", K::CompanySignature, "1069{9}", "【兔喜生活】您的中通包裹已到兔喜快递超市，取件码{4}。"},
    {"yto", K::SignatureStart, "1069{9}", "【圆通快递】您的快件正在派送，请保持电话畅通。"},
    {"yto", K::SignatureEnd, "1069{9}", "您的快件已到代收点，取件码{4}。【圆通速递】"},
    {"yunda", K::SignatureStart, "1069{9}", "【韵达快递】您的包裹已到韵达超市，取件码{4}。"},
    {"yunda", K::SignatureEnd, "1069{9}", "您的快件已签收。【韵达快递】"},
    {"sto", K::SignatureStart, "1069{9}", "【申通快递】您的快件已由本人签收。"},
    {"sto", K::SignatureEnd, "1069{9}", "您的包裹已到驿站，取件码{4}。【申通快递】"},
    {"jtexpress", K::SignatureStart, "1069{9}", "【极兔速递】您的快件已到驿站，请凭取件码{4}领取。"},
    {"jtexpress", K::SignatureEnd, "1069{9}", "您的快件正在派送。【极兔速递】"},
    {"ems-china-post", K::SignatureStart, "11183", "【中国邮政】您的邮件{13}已妥投。"},
    {"ems-china-post", K::SignatureStart, "11183", "【EMS】您的邮件正在派送，投递员电话{11}。"},
    {"58-tongcheng", K::SignatureStart, "1069{9}", "【58同城】您的验证码为{6}。"},
    {"58-tongcheng", K::SignatureEnd, "1069{9}", "您发布的信息已通过审核。【58同城】"},
    {"anjuke", K::SignatureStart, "1069{9}", "【安居客】验证码{4}，您正在登录安居客。"},
    {"anjuke", K::SignatureEnd, "1069{9}", "您关注的小区有新房源。【安居客】"},
    {"beike", K::SignatureStart, "1069{9}", "【贝壳找房】您的验证码为{6}。"},
    {"beike", K::CompanySignature, "1069{9}", "【链家】您预约的看房已确认，经纪人将与您联系。"},
    {"hema", K::SignatureStart, "1069{9}", "【盒马】您的订单已送达，祝您生活愉快。"},
    {"hema", K::SignatureEnd, "1069{9}", "验证码{6}，用于登录盒马。【盒马】"},
    {"dingdong", K::SignatureStart, "1069{9}", "【叮咚买菜】验证码{4}，您正在登录叮咚买菜。"},
    {"dingdong", K::SignatureEnd, "1069{9}", "您的订单已送达。【叮咚买菜】"},

    // ---- Food.
    {"meituan", K::SignatureEnd, "106550{8}", "{6}（登录验证码），请在5分钟内完成登录。【美团】"},
    {"meituan", K::CompanySignature, "1069{9}", "【美团外卖】骑手正在赶往商家，预计{hm}送达。"},
    {"meituan", K::SignatureMiddle, "106550{8}", "您的验证码是{6}【美团】，5分钟内有效，请勿泄露。"},
    {"dianping", K::SignatureStart, "1069{9}", "【大众点评】您的验证码是{6}。"},
    {"dianping", K::SignatureEnd, "1069{9}", "您的团购券已使用。【大众点评】"},
    {"eleme", K::SignatureStart, "1069{9}", "【饿了么】您的验证码是{6}，在5分钟内有效。"},
    {"eleme", K::SignatureMiddle, "1069{9}", "您的订单已由骑手接单【饿了么】，预计{hm}送达，骑手电话{11}。"},
    {"luckin", K::SignatureStart, "1069{9}", "【瑞幸咖啡】您的取餐码为{3}，请到店取餐。"},
    {"luckin", K::SignatureStart, "1069{9}", "【luckin coffee】您的验证码为{4}。"},
    {"starbucks-cn", K::SignatureStart, "1069{9}", "【星巴克】您的验证码为{6}，请在10分钟内使用。"},
    {"starbucks-cn", K::SignatureStart, "1069{9}", "【星巴克中国】您的啡快订单已制作完成，请到店取餐。"},
    {"kfc-cn", K::SignatureStart, "1069{9}", "【肯德基】您的取餐码是{4}。"},
    {"kfc-cn", K::SignatureStart, "1069{9}", "【KFC】您的宅急送订单已送达。"},
    {"mcdonalds-cn", K::SignatureStart, "1069{9}", "【麦当劳】您的验证码是{6}。"},
    {"mcdonalds-cn", K::SignatureEnd, "1069{9}", "您的麦乐送订单已送达。【麦当劳】"},

    // ---- Travel.
    {"railway-12306", K::SignatureStart, "12306", "【铁路12306】订单E{9}，您已购{md}G{3}次{2}车{2}F号，检票口A{1}。"},
    {"railway-12306", K::ShortNumber, "12306", "验证码：{6}，您正在使用12306手机核验功能，请勿泄露。"},
    {"ctrip", K::SignatureStart, "1069{9}", "【携程旅行网】您的验证码是{6}，请勿泄露。"},
    {"ctrip", K::SignatureStart, "1069{9}", "【携程】您预订的酒店已确认，入住日期{md}。"},
    {"ctrip", K::SignatureMiddle, "1069{9}", "您好，【携程】您的订单{10}已确认。"},
    {"qunar", K::SignatureStart, "1069{9}", "【去哪儿旅行】您的机票已出票，请留意航班动态。"},
    {"qunar", K::SignatureStart, "1069{9}", "【去哪儿网】您的验证码是{6}。"},
    {"fliggy", K::SignatureStart, "1069{9}", "【飞猪】您的航班即将起飞，请提前到达机场。"},
    {"fliggy", K::SignatureEnd, "1069{9}", "验证码{6}，用于登录飞猪。【飞猪旅行】"},
    {"tongcheng", K::SignatureStart, "1069{9}", "【同程旅行】您的验证码为{6}。"},
    {"tongcheng", K::SignatureEnd, "1069{9}", "您预订的火车票已出票。【同程旅行】"},
    {"didi", K::SignatureStart, "106980095{3}", "【滴滴出行】您的验证码是{4}，5分钟内有效。"},
    {"didi", K::SignatureStart, "1069{9}", "【滴滴】司机已到达上车点，车牌京A{5}。"},
    {"didi", K::SignatureMiddle, "1069{9}", "尊敬的乘客，【滴滴出行】提醒您：行程已结束，费用{2}.{2}元。"},
    {"amap", K::SignatureStart, "1069{9}", "【高德地图】您的验证码是{6}。"},
    {"amap", K::CompanySignature, "1069{9}", "【高德打车】司机已接单，预计{1}分钟到达。"},
    {"hellobike", K::SignatureStart, "1069{9}", "【哈啰】您的验证码为{4}。"},
    {"hellobike", K::SignatureStart, "1069{9}", "【哈啰出行】您的单车已关锁，本次骑行{1}.{2}元。"},
    {"caocao", K::SignatureStart, "1069{9}", "【曹操出行】您的验证码是{4}。"},
    {"caocao", K::SignatureEnd, "1069{9}", "司机已到达上车点。【曹操出行】"},
    {"huolala", K::SignatureStart, "1069{9}", "【货拉拉】司机已接单，请保持电话畅通。"},
    {"huolala", K::SignatureEnd, "1069{9}", "验证码{4}，请勿泄露。【货拉拉】"},
    {"air-china", K::SignatureStart, "95583", "【中国国航】您预订的CA{4}航班{md}{hm}起飞，请提前办理值机。"},
    {"air-china", K::SignatureEnd, "95583", "您的凤凰知音里程已到账。【中国国航】"},
    {"china-eastern", K::SignatureStart, "95530", "【东方航空】您的航班MU{4}已开放值机。"},
    {"china-eastern", K::CompanySignature, "95530", "【东航】您的东方万里行积分已到账。"},
    {"china-southern", K::SignatureStart, "95539", "【南方航空】您的航班CZ{4}登机口变更为{2}号。"},
    {"china-southern", K::CompanySignature, "95539", "【南航】您的明珠会员里程已更新。"},
    {"hainan-airlines", K::SignatureStart, "95339", "【海南航空】您的航班HU{4}预计准点起飞。"},
    {"hainan-airlines", K::SignatureEnd, "95339", "您的值机已完成，座位{2}A。【海南航空】"},
    {"umetrip", K::SignatureStart, "1069{9}", "【航旅纵横】您的验证码为{6}。"},
    {"umetrip", K::SignatureEnd, "1069{9}", "您关注的航班已开始登机。【航旅纵横】"},
    {"huazhu", K::SignatureStart, "1069{9}", "【华住会】您预订的酒店已确认。"},
    {"huazhu", K::CompanySignature, "1069{9}", "【汉庭酒店】您已成功入住，房间号{4}。"},
    {"atour", K::SignatureStart, "1069{9}", "【亚朵】您的入住已确认。"},
    {"atour", K::SignatureEnd, "1069{9}", "验证码{6}，用于登录亚朵。【亚朵】"},

    // ---- Government: the app's name, or the bureau that runs it.
    {"iit", K::CompanySignature, "12366", "【国家税务总局】您的验证码为：{6}，您正在使用个人所得税APP注册，请勿泄露。"},
    {"iit", K::CompanySignature, "12366", "【国家税务总局上海市税务局】您的{4}年度个人所得税综合所得汇算已办理完成。"},
    {"jiaoguan-12123", K::SignatureStart, "12123", "【交管12123】您的验证码为{6}，请勿泄露。"},
    {"jiaoguan-12123", K::SignatureStart, "12123", "【交管12123】您的机动车有一条违法记录，请及时处理。"},
    {"social-insurance", K::CompanySignature, "12333", "【电子社保卡】您正在申领电子社保卡，验证码{6}。"},
    {"social-insurance", K::CompanySignature, "12333", "【掌上12333】您的社保缴费记录已更新。"},
    {"housing-fund", K::CompanySignature, "12329", "【北京住房公积金】您的公积金账户{md}汇缴入账{amt}元。"},
    {"housing-fund", K::CompanySignature, "12329", "【住房公积金】您的提取申请已办结。"},
    {"chsi", K::SignatureStart, "1069{9}", "【学信网】您的验证码是{6}，用于学信网账号注册。"},
    {"chsi", K::SignatureEnd, "1069{9}", "您的学籍验证报告已生成。【学信网】"},
    {"gov-zhejiang-zheliban", K::SignatureStart, "1069{9}", "【浙里办】您的验证码为{6}。"},
    {"gov-zhejiang-zheliban", K::SignatureEnd, "1069{9}", "您的办件已受理。【浙里办】"},
    {"gov-guangdong-yueshengshi", K::SignatureStart, "1069{9}", "【粤省事】验证码{6}，5分钟内有效。"},
    {"gov-guangdong-yueshengshi", K::SignatureEnd, "1069{9}", "您的事项已办结。【粤省事】"},
    {"gov-shanghai-suishenban", K::SignatureStart, "1069{9}", "【随申办】您的验证码为{6}。"},
    {"gov-shanghai-suishenban", K::SignatureEnd, "1069{9}", "您的随申码已更新。【随申办】"},
    {"gov-beijing-jingtong", K::SignatureStart, "1069{9}", "【京通】您的验证码是{6}。"},
    {"gov-beijing-jingtong", K::SignatureEnd, "1069{9}", "您的申请已提交。【京通】"},
    {"nia-12367", K::CompanySignature, "12367", "【国家移民管理局】您的出入境证件申请已受理。"},
    {"nia-12367", K::CompanySignature, "12367", "【国家移民管理局】您的验证码为{6}，请勿泄露。"},
    {"pbccrc", K::CompanySignature, "1069{9}", "【征信中心】您的身份验证码为{6}，请勿泄露。"},
    {"pbccrc", K::CompanySignature, "1069{9}", "【中国人民银行征信中心】您的个人信用报告查询申请已受理。"},
    {"nhsa", K::CompanySignature, "1069{9}", "【国家医保服务平台】您的验证码是{6}。"},
    {"nhsa", K::CompanySignature, "1069{9}", "【国家医保局】您的医保电子凭证已激活。"},
    {"state-grid", K::CompanySignature, "95598", "【国网江苏省电力公司】您户号{10}的电费余额不足{2}元，请及时缴费。"},
    {"state-grid", K::SignatureStart, "95598", "【网上国网】您的验证码为{6}。"},

    // ---- Carriers, cloud and accounts.
    {"china-mobile", K::SignatureStart, "10086", "【中国移动】尊敬的客户，您本月已使用流量{1}.{2}GB，剩余{2}.{2}GB，详询10086。"},
    {"china-mobile", K::ShortNumber, "10086", "尊敬的客户，您好！截至{md}{hm}，您的账户余额为{2}.{2}元。"},
    {"china-mobile", K::ShortNumber, "10086", "尊敬的客户：您{4}年{1}月账单已出，本月消费{2}.{2}元。", true},
    {"china-unicom", K::SignatureStart, "10010", "【中国联通】您的流量已使用80%，剩余{1}.{2}GB。"},
    {"china-unicom", K::ShortNumber, "10010", "尊敬的用户，您本月话费{2}.{2}元，账户余额{2}.{2}元。"},
    {"china-unicom", K::SignatureMiddle, "10010", "尊敬的客户：【中国联通】您的话费余额不足{2}元，请及时充值。"},
    {"mcloud", K::SignatureStart, "1069{9}", "【中国移动云盘】您的验证码是{6}。"},
    {"mcloud", K::SignatureStart, "1069{9}", "【和彩云】您的空间即将用满。"},
    {"mail-139", K::SignatureStart, "1069{9}", "【139邮箱】您有{1}封新邮件。"},
    {"mail-139", K::SignatureEnd, "1069{9}", "验证码{6}，用于登录139邮箱。【139邮箱】"},
    {"baidu", K::SignatureStart, "1069{9}", "【百度】验证码：{6}，您正在登录百度账号，请勿泄露。"},
    {"baidu", K::SignatureStart, "1069{9}", "【百度账号】您的账号于{md}{hm}在新设备登录。"},
    {"baidu-netdisk", K::GatewayLookalike, "10690095555", "【百度网盘】您的验证码为{6}，请勿泄露。"},
    {"baidu-netdisk", K::GatewayLookalike, "10690095566", "【百度网盘】您的超级会员将于{md}到期。"},
    {"netease-mail", K::SignatureStart, "1069{9}", "【网易邮箱】验证码{6}，您正在绑定手机。"},
    {"netease-mail", K::CompanySignature, "1069{9}", "【网易】您正在登录网易邮箱大师，验证码{6}。"},
    {"aliyun", K::SignatureStart, "1069{9}", "【阿里云】您的ECS实例将于{md}到期。"},
    {"aliyun", K::SignatureEnd, "1069{9}", "验证码{6}，您正在登录阿里云。【阿里云】"},
    {"huawei-id", K::CompanySignature, "1069{9}", "【华为】您的华为帐号验证码为{6}，请勿泄露。"},
    {"huawei-id", K::CompanySignature, "1069{9}", "【HUAWEI】您的华为帐号正在新设备登录。"},
    {"xiaomi-account", K::SignatureStart, "1069{9}", "【小米】您的验证码为{6}，正在登录小米账号。"},
    {"xiaomi-account", K::SignatureEnd, "1069{9}", "您的小米账号已在新设备登录。【小米】"},
    {"oppo-account", K::SignatureStart, "1069{9}", "【OPPO】您的验证码为{6}，用于OPPO账号登录。"},
    {"oppo-account", K::CompanySignature, "1069{9}", "【欢太】您的欢太帐号密码已修改。"},
    {"vivo-account", K::SignatureStart, "1069{9}", "【vivo】您的vivo账号验证码为{6}。"},
    {"vivo-account", K::SignatureEnd, "1069{9}", "您的vivo账号已在新设备登录。【vivo】"},
    {"honor-id", K::SignatureStart, "1069{9}", "【荣耀】您的荣耀帐号验证码为{6}。"},
    {"honor-id", K::SignatureEnd, "1069{9}", "您的荣耀帐号已在新设备登录。【荣耀】"},
    {"quark", K::SignatureStart, "1069{9}", "【夸克】您的验证码是{6}。"},
    {"quark", K::SignatureEnd, "1069{9}", "您的夸克网盘会员即将到期。【夸克】"},
    {"wps", K::SignatureStart, "1069{9}", "【WPS】验证码{6}，用于登录WPS。"},
    {"wps", K::CompanySignature, "1069{9}", "【金山办公】您的WPS会员将于{md}到期。"},
    {"dingtalk", K::SignatureStart, "1069{9}", "【钉钉】验证码{6}，您正在登录钉钉，请勿泄露。"},
    {"dingtalk", K::SignatureEnd, "1069{9}", "你有一条新的DING消息，请打开钉钉查看。【钉钉】"},
    {"feishu", K::SignatureStart, "1069{9}", "【飞书】验证码{6}，用于登录飞书。"},
    {"feishu", K::CompanySignature, "1069{9}", "【Lark】Your verification code is {6}."},
    {"boss-zhipin", K::SignatureStart, "1069{9}", "【BOSS直聘】您的验证码为{6}。"},
    {"boss-zhipin", K::SignatureEnd, "1069{9}", "有新的招聘者查看了你的简历。【BOSS直聘】"},
    {"zhaopin", K::SignatureStart, "1069{9}", "【智联招聘】您的验证码是{6}。"},
    {"zhaopin", K::SignatureEnd, "1069{9}", "您投递的职位有新进展。【智联招聘】"},
    {"51job", K::SignatureStart, "1069{9}", "【前程无忧】您的验证码为{6}。"},
    {"51job", K::SignatureStart, "1069{9}", "【51job】您的简历已被查看。"},
    {"liepin", K::SignatureStart, "1069{9}", "【猎聘】验证码{6}。"},
    {"liepin", K::SignatureEnd, "1069{9}", "有猎头查看了您的简历。【猎聘】"},
    {"maimai", K::SignatureStart, "1069{9}", "【脉脉】您的验证码是{4}。"},
    {"maimai", K::SignatureEnd, "1069{9}", "你有新的好友请求。【脉脉】"},
    {"xuexi-qiangguo", K::SignatureStart, "1069{9}", "【学习强国】您的验证码为{6}。"},
    {"xuexi-qiangguo", K::SignatureEnd, "1069{9}", "验证码{6}，请勿泄露。【学习强国】"},
    {"youdao", K::SignatureStart, "1069{9}", "【网易有道】您的验证码为{6}。"},
    {"youdao", K::CompanySignature, "1069{9}", "【有道】您的验证码为{6}。"},
    {"keep", K::SignatureStart, "1069{9}", "【Keep】{4}是你的验证码，请勿泄露。"},
    {"keep", K::SignatureEnd, "1069{9}", "你的会员将于{md}到期。【Keep】"},
    {"meiyou", K::SignatureStart, "1069{9}", "【美柚】您的验证码是{6}。"},
    {"meiyou", K::SignatureEnd, "1069{9}", "验证码{6}，请勿泄露。【美柚】"},
    {"pingan-good-doctor", K::SignatureStart, "1069{9}", "【平安好医生】您的问诊已开始。"},
    {"pingan-good-doctor", K::CompanySignature, "1069{9}", "【平安健康】您的验证码为{6}。"},
    {"haodf", K::SignatureStart, "1069{9}", "【好大夫在线】您预约的医生已回复。"},
    {"haodf", K::SignatureEnd, "1069{9}", "验证码{6}，请勿泄露。【好大夫在线】"},

    // ---- Insurance and investing.
    {"pingan-insurance", K::SignatureStart, "95511", "【中国平安】您的保单{12}已生效。"},
    {"pingan-insurance", K::CompanySignature, "95511", "【平安金管家】您的验证码为{6}。"},
    {"china-life", K::SignatureStart, "95519", "【中国人寿】您的保单续期保费{amt}元已扣款成功。"},
    {"china-life", K::SignatureEnd, "95519", "您的验证码为{6}，请勿泄露。【中国人寿】"},
    {"cpic", K::SignatureStart, "95500", "【太平洋保险】您的车险保单已生效。"},
    {"cpic", K::SignatureStart, "95500", "【中国太保】您的验证码为{6}。"},
    {"picc", K::SignatureStart, "95518", "【中国人保】您的车险将于{md}到期。"},
    {"picc", K::CompanySignature, "95518", "【人保财险】您的理赔款{amt}元已支付。"},
    {"zhongan", K::SignatureStart, "1069{9}", "【众安保险】您的保单已生效。"},
    {"zhongan", K::SignatureEnd, "1069{9}", "验证码{6}，请勿泄露。【众安保险】"},
    {"eastmoney", K::SignatureStart, "1069{9}", "【东方财富】您的验证码是{6}。"},
    {"eastmoney", K::CompanySignature, "1069{9}", "【东方财富证券】您的委托已成交。"},
    {"10jqka", K::SignatureStart, "1069{9}", "【同花顺】您的验证码为{6}。"},
    {"10jqka", K::SignatureEnd, "1069{9}", "您关注的股票已触及预警价。【同花顺】"},
    {"futu", K::SignatureStart, "1069{9}", "【富途证券】您的验证码为{6}，请勿泄露。"},
    {"futu", K::CompanySignature, "1069{9}", "【富途牛牛】您关注的股票已触发提醒。"},
    {"htsc", K::SignatureStart, "1069{9}", "【华泰证券】您的验证码为{6}。"},
    {"htsc", K::CompanySignature, "1069{9}", "【涨乐财富通】您的验证码为{6}。"},
    {"tiantian-fund", K::SignatureStart, "1069{9}", "【天天基金】您的基金申购已确认。"},
    {"tiantian-fund", K::SignatureEnd, "1069{9}", "验证码{6}，请勿泄露。【天天基金】"},
    {"lufax", K::SignatureStart, "1069{9}", "【陆金所】您的验证码为{6}。"},
    {"lufax", K::SignatureEnd, "1069{9}", "您的产品已到期兑付。【陆金所】"},

    // ---- Hong Kong, Japan: 繁體 and Japanese 【】.
    {"alipayhk", K::SignatureStart, "+852{8}", "【AlipayHK】驗證碼：{6}，請勿向任何人透露。"},
    {"alipayhk", K::SignatureEnd, "+852{8}", "您已成功向商戶付款HK${2}.{1}。【AlipayHK】"},
    {"bochk", K::SignatureStart, "+852{8}", "【中銀香港】您的一次性密碼為{6}，請勿告訴他人。"},
    {"bochk", K::SignatureEnd, "+852{8}", "您的戶口於{md}轉賬HK${amt}。【中銀香港】"},
    {"hang-seng", K::AlphanumericSender, "HangSeng", "恒生銀行：您的一次性密碼為{6}，有效時間為5分鐘。"},
    {"hang-seng", K::AlphanumericSender, "HangSeng", "Hang Seng Bank: Your one-time password is {6}. Do not disclose it to anyone."},
    {"octopus", K::SignatureStart, "+852{8}", "【八達通】您的驗證碼為{6}。"},
    {"octopus", K::SignatureEnd, "+852{8}", "您的八達通App已成功增值HK${3}。【八達通】"},
    {"paypay", K::SignatureStart, "+81{10}", "【PayPay】認証コード：{4}\nこのコードを他人に教えないでください。"},
    {"paypay", K::SignatureStart, "+81{10}", "【PayPay】{4}円の支払いが完了しました。"},

    // ---- International: alphanumeric senders, short codes, long codes, WebOTP, phrasings.
    {"google", K::EnglishCode, "22000", "G-{6} is your Google verification code."},
    {"google", K::AlphanumericSender, "Google", "Your Google verification code is {6}"},
    {"google", K::SignatureStart, "1069{9}", "【Google】G-{6} 是您的 Google 验证码。"},
    {"apple", K::WebOtp, "Apple", "Your Apple Account code is: {6}. Don't share it with anyone.\n\n@apple.com #{6} %apple.com"},
    {"apple", K::AlphanumericSender, "Apple", "Your Apple ID Code is: {6}. Do not share it with anyone."},
    {"microsoft", K::EnglishCode, "+1425{7}", "Use {4} as Microsoft account security code"},
    {"microsoft", K::AlphanumericSender, "Microsoft", "Microsoft account security code: {4}"},
    {"microsoft", K::SignatureStart, "1069{9}", "【Microsoft】使用 {4} 作为 Microsoft 帐户安全代码"},
    {"microsoft", K::WebOtp, "+1{10}", "Use {4} as your security code\n\n@login.live.com #{4}"},
    {"dropbox", K::EnglishCode, "+1415{7}", "{6} is your Dropbox security code."},
    {"dropbox", K::EnglishCode, "+1415{7}", "Your Dropbox security code is: {6}"},
    {"proton", K::EnglishCode, "+41{9}", "Your Proton verification code is: {6}"},
    {"proton", K::EnglishCode, "+41{9}", "Proton: Your verification code is {6}. Do not share it."},
    {"yahoo", K::AlphanumericSender, "Yahoo", "{8} is your Yahoo verification code"},
    {"yahoo", K::AlphanumericSender, "Yahoo", "Your Yahoo account code is {6}"},
    {"facebook", K::EnglishCode, "32665", "FB-{5} is your Facebook confirmation code"},
    {"facebook", K::AlphanumericSender, "Facebook", "{6} is your Facebook password reset code"},
    {"instagram", K::AlphanumericSender, "Instagram", "{3} {3} is your Instagram code. Don't share it."},
    {"instagram", K::WebOtp, "+1650{7}", "Use {6} to verify your account.\n\n@instagram.com #{6}"},
    {"whatsapp", K::LongNumber, "+1{10}", "Your WhatsApp code: {3}-{3}\nDon't share this code with others\n4sgLq1p5sV6"},
    {"whatsapp", K::AlphanumericSender, "WhatsApp", "<#> Your WhatsApp code: {3}-{3}\nYou can also tap on this link to verify your phone: v.whatsapp.com/{6}\nDon't share this code with others"},
    {"telegram", K::AlphanumericSender, "Telegram", "Telegram code: {5}\n\nYou can also tap on this link to log in:\nhttps://t.me/login/{5}"},
    {"telegram", K::LongNumber, "+44 7{9}", "Telegram code {5}"},
    {"signal", K::LongNumber, "+1{10}", "SIGNAL: Your code is: {3}-{3}. Do not share this code\n\ndoDLxYNkrHGR"},
    {"signal", K::AlphanumericSender, "Signal", "Your Signal code: {6}"},
    {"snapchat", K::EnglishCode, "+1{10}", "Snapchat code: {6}. Happy Snapping!"},
    {"snapchat", K::AlphanumericSender, "Snapchat", "Snapchat code: {6}. Happy Snapping!"},
    {"tiktok", K::AlphanumericSender, "TikTok", "[TikTok] {6} is your verification code, valid for 5 minutes. To keep your account safe, never forward this code."},
    {"tiktok", K::EnglishCode, "+1{10}", "{6} is your TikTok verification code"},
    {"discord", K::EnglishCode, "+1{10}", "Your Discord security code is: {6}"},
    {"discord", K::AlphanumericSender, "Discord", "Your Discord verification code is {6}"},
    {"discord", K::WebOtp, "+1{10}", "Your verification code is {6}\n\n@discord.com #{6}"},
    {"line", K::AlphanumericSender, "LINE", "Your LINE verification code is {4}"},
    {"line", K::EnglishCode, "+81{10}", "[LINE] Verification code: {6}\nDo not share this code with anyone."},
    {"kakaotalk", K::EnglishCode, "+82{10}", "[카카오톡] 인증번호 [{4}]를 입력해주세요."},
    {"kakaotalk", K::AlphanumericSender, "Kakao", "[KakaoTalk] Verification Code [{4}]"},
    {"viber", K::EnglishCode, "+357{8}", "Your Viber code: {6}\nYou can also tap on this link to activate your Viber account."},
    {"viber", K::AlphanumericSender, "Viber", "Viber code: {6}"},
    {"linkedin", K::AlphanumericSender, "LinkedIn", "Your LinkedIn verification code is {6}."},
    {"linkedin", K::AlphanumericSender, "LinkedIn", "{6} is your LinkedIn verification code"},
    {"zoom", K::EnglishCode, "+1{10}", "Your Zoom verification code is: {6}. It expires in 10 minutes."},
    {"zoom", K::AlphanumericSender, "Zoom", "{6} is your Zoom verification code"},
    {"github", K::WebOtp, "+1{10}", "{6} is your GitHub authentication code.\n\n@github.com #{6}"},
    {"github", K::AlphanumericSender, "GitHub", "GitHub: Your authentication code is {6}"},
    {"duolingo", K::EnglishCode, "+1{10}", "Your Duolingo verification code is {6}"},
    {"duolingo", K::AlphanumericSender, "Duolingo", "{6} is your Duolingo code"},
    {"netflix", K::AlphanumericSender, "Netflix", "Netflix: Your verification code is {6}"},
    {"netflix", K::EnglishCode, "+1{10}", "Netflix code: {4}"},
    {"spotify", K::EnglishCode, "+46{9}", "{6} is your Spotify code"},
    {"spotify", K::AlphanumericSender, "Spotify", "Your Spotify code is {6}"},
    {"twitch", K::EnglishCode, "+1{10}", "Your Twitch verification code is {6}"},
    {"twitch", K::AlphanumericSender, "Twitch", "{6} is your Twitch verification code. Don't share it."},
    {"steam", K::AlphanumericSender, "Steam", "Steam account verification code: {A5}"},
    {"steam", K::AlphanumericSender, "Steam", "Your Steam Guard code is: {A5}"},
    {"battle-net", K::EnglishCode, "+1{10}", "Your Blizzard verification code is {6}"},
    {"battle-net", K::AlphanumericSender, "Blizzard", "Battle.net: Your security code is {6}"},
    {"playstation", K::EnglishCode, "+1{10}", "Your PlayStation verification code is {6}"},
    {"playstation", K::AlphanumericSender, "PlayStation", "{6} is your PlayStation verification code"},
    {"epic-games", K::EnglishCode, "+1{10}", "Your Epic Games account code is {6}"},
    {"epic-games", K::AlphanumericSender, "EpicGames", "Epic Games code: {6}"},
    {"ea", K::EnglishCode, "+1{10}", "Your EA Security Code is: {6}"},
    {"ea", K::AlphanumericSender, "EA", "{6} is your EA security code"},
    {"paypal", K::AlphanumericSender, "PayPal", "PayPal: {6} is your security code. Don't share your code."},
    {"paypal", K::EnglishCode, "729725", "PayPal: Your security code is: {6}. Your code expires in 10 minutes. Please don't reply."},
    {"paypal", K::WebOtp, "+1{10}", "PayPal: {6} is your security code. Don't share your code.\n\n@www.paypal.com #{6}"},
    {"wise", K::AlphanumericSender, "Wise", "{6} is your code. Never share it."},
    {"wise", K::AlphanumericSender, "Wise", "Your Wise code is {6}. Don't share it with anyone."},
    {"revolut", K::AlphanumericSender, "Revolut", "Revolut code: {3}-{3}. NEVER share this code with anyone, not even Revolut staff."},
    {"revolut", K::EnglishCode, "+44 7{9}", "{3}-{3} is your Revolut verification code"},
    {"n26", K::AlphanumericSender, "N26", "Your N26 login code is {6}. Never share it."},
    {"n26", K::EnglishCode, "+49{10}", "N26 code: {6}"},
    {"monzo", K::EnglishCode, "+44 7{9}", "Monzo: Your code is {6}. Don't share it with anyone, including Monzo staff."},
    {"monzo", K::AlphanumericSender, "Monzo", "Your Monzo login code is {6}"},
    {"venmo", K::EnglishCode, "86753", "Venmo here! NEVER share this code via call/text. ONLY YOU should enter the code. Code: {6}"},
    {"venmo", K::AlphanumericSender, "Venmo", "Venmo: {6} is your verification code"},
    {"cash-app", K::EnglishCode, "+1{10}", "Cash App: {6} is your sign-in code. Don't share this code with anyone."},
    {"cash-app", K::AlphanumericSender, "CashApp", "Your Cash App code is {6}"},
    {"hsbc", K::AlphanumericSender, "HSBC", "HSBC: Your one-time passcode is {6}. Do not share it with anyone."},
    {"hsbc", K::SignatureStart, "+852{8}", "【滙豐】您的一次性密碼為{6}，請勿向任何人透露。"},
    {"citi", K::AlphanumericSender, "Citi", "Citi: Your one-time passcode is {6}. Citi will never call you for this code."},
    {"citi", K::EnglishCode, "+1{10}", "Use {6} as your Citi security code"},
    {"chase", K::AlphanumericSender, "Chase", "Chase: DON'T share. Use {8} to finish signing in. We'll NEVER call to ask for this code."},
    {"chase", K::EnglishCode, "24273", "Chase: Your one-time code is {8}. Don't share it."},
    {"bank-of-america", K::EnglishCode, "73981", "BofA: DO NOT share this code. We will NEVER call you or text you for it. Code {6}."},
    {"bank-of-america", K::AlphanumericSender, "BofA", "Bank of America: Your verification code is {6}. We'll never call you for it."},
    {"amex", K::EnglishCode, "+1{10}", "American Express: Your one-time verification code is {6}."},
    {"amex", K::AlphanumericSender, "AmericanExpress", "Your American Express one-time code is {6}"},
    {"binance", K::AlphanumericSender, "Binance", "[Binance] Your verification code is {6}. Do not share this code with anyone."},
    {"binance", K::EnglishCode, "+1{10}", "{6} is your Binance verification code"},
    {"coinbase", K::EnglishCode, "+1{10}", "Your Coinbase verification code is: {7}. Don't share this code with anyone; our employees will never ask for the code."},
    {"coinbase", K::AlphanumericSender, "Coinbase", "{7} is your Coinbase code. Don't share it."},
    {"robinhood", K::EnglishCode, "+1{10}", "Robinhood: Your verification code is {6}."},
    {"robinhood", K::AlphanumericSender, "Robinhood", "{6} is your Robinhood verification code"},
    {"amazon", K::AlphanumericSender, "Amazon", "{6} is your Amazon OTP. Do not share it with anyone.\n\n@amazon.com #{6}"},
    {"amazon", K::EnglishCode, "+1{10}", "Amazon: Your package was delivered. Track at amazon.com/progress-tracker"},
    {"amazon", K::WebOtp, "+1{10}", "{6} is your verification code. Don't share it.\n\n@amazon.co.uk #{6}"},
    {"ebay", K::AlphanumericSender, "eBay", "eBay: Your security code is {6}. Don't share it."},
    {"ebay", K::EnglishCode, "+1{10}", "{6} is your eBay verification code"},
    {"aliexpress", K::AlphanumericSender, "AliExpress", "[AliExpress] verification code: {4}. Valid for 15 minutes."},
    {"aliexpress", K::EnglishCode, "+1{10}", "{4} is your AliExpress verification code"},
    {"shopee", K::AlphanumericSender, "Shopee", "[Shopee] Your verification code is {6}. Never share this code."},
    {"shopee", K::EnglishCode, "+65{8}", "<#> Your Shopee verification code is {6}"},
    {"temu", K::EnglishCode, "+1{10}", "[Temu] {6} is your verification code."},
    {"temu", K::AlphanumericSender, "Temu", "Your Temu verification code is {6}"},
    {"shein", K::AlphanumericSender, "SHEIN", "[SHEIN] Your verification code is {6}. Valid for 10 minutes."},
    {"shein", K::EnglishCode, "+1{10}", "{6} is your SHEIN verification code"},
    {"uber", K::AlphanumericSender, "Uber", "Your Uber code is {4}. Never share this code. Reply STOP ENG to unsubscribe."},
    {"uber", K::WebOtp, "+1{10}", "Your Uber code: {4}\n\n@uber.com #{4}"},
    {"lyft", K::EnglishCode, "+1{10}", "Your Lyft code is {6}"},
    {"lyft", K::AlphanumericSender, "Lyft", "Lyft code: {6}"},
    {"grab", K::EnglishCode, "+65{8}", "<#> Your Grab code is {4}. It will expire in 5 minutes. Do not share it.\nqzS7VPx4EpO"},
    {"grab", K::AlphanumericSender, "Grab", "Your Grab code: {4}"},
    {"airbnb", K::EnglishCode, "+1{10}", "Your Airbnb verification code is: {6}. Don't share this code with anyone; our employees will never ask for the code."},
    {"airbnb", K::AlphanumericSender, "Airbnb", "Airbnb: {6} is your code"},
    {"airbnb", K::WebOtp, "+1{10}", "Your verification code is {6}.\n\n@www.airbnb.com #{6}"},
    {"booking", K::AlphanumericSender, "Booking", "Your Booking.com verification code is {6}"},
    {"booking", K::EnglishCode, "+31{9}", "{6} is your Booking.com verification code"},
    {"booking", K::WebOtp, "+31{9}", "{6} is your verification code.\n\n@account.booking.com #{6}"},
    {"trip-com", K::AlphanumericSender, "Trip.com", "[Trip.com] Your verification code is {6}."},
    {"trip-com", K::EnglishCode, "+852{8}", "Trip.com: Your verification code is {6}"},
    {"bolt", K::AlphanumericSender, "Bolt", "Your Bolt code: {4}\n\n@bolt.eu #{4}"},
    {"bolt", K::EnglishCode, "+372{8}", "Bolt code: {4}"},
    {"gojek", K::EnglishCode, "+62{10}", "<#> Kode verifikasi Gojek kamu: {4}. JANGAN BERIKAN kode ini ke siapa pun.\nKvGl7Yc1eOx"},
    {"gojek", K::AlphanumericSender, "Gojek", "Your Gojek verification code is {4}"},
    {"openai", K::EnglishCode, "+1{10}", "Your ChatGPT code is {6}"},
    {"openai", K::AlphanumericSender, "OpenAI", "Your OpenAI verification code is: {6}"},
    {"slack", K::EnglishCode, "+1{10}", "Your Slack confirmation code is {6}"},
    {"slack", K::AlphanumericSender, "Slack", "Slack confirmation code: {6}"},
    {"samsung-account", K::EnglishCode, "+82{10}", "Your Samsung account code is {6}"},
    {"samsung-account", K::AlphanumericSender, "Samsung", "[Samsung account] Your verification code is {6}"},
    {"klarna", K::AlphanumericSender, "Klarna", "Your Klarna code is {6}. Never share it."},
    {"klarna", K::EnglishCode, "+46{9}", "Klarna: {6} is your code"},
    {"dbs", K::AlphanumericSender, "DBS", "DBS: Your OTP is {6}. Never share your OTP with anyone."},
    {"dbs", K::EnglishCode, "+65{8}", "{6} is your DBS digibank OTP"},
    {"ocbc", K::AlphanumericSender, "OCBC", "OCBC: Use {6} as your one-time password. Do not share it."},
    {"ocbc", K::EnglishCode, "+65{8}", "Your OCBC OTP is {6}"},
};
// clang-format on

struct Person
{
    const char* number; // {N} digits, filled once
    const char* contact;
};

// clang-format off
const Person kPeople[] = {
    {"138{8}", "张三"},
    {"+86139{8}", "李四"},
    {"+86 159 {4} {4}", "妈妈"},
    {"186{8}", "王经理"},
    {"0086135{8}", "(Unknown)"},
    {"177{8}", "小陈"},
    {"199-{4}-{4}", "(Unknown)"},
    {"+86 188{8}", "快递小哥"},
    {"+44 7700 900{3}", "Tom"},
    {"+1 (415) 555-{4}", "Sarah (work)"},
    {"+1 917 555 {4}", "Airbnb host Mike"},
    {"+852 9{3} {4}", "阿May"},
    {"+61 4{2} {3} {3}", "Jack"},
    {"+49 151 {8}", "Lukas"},
    {"+81 90-{4}-{4}", "由美"},
    {"+65 9{3} {4}", "(Unknown)"},
    {"+33 6 {2} {2} {2} {2}", "Camille"},
    {"+1 646 555 {4}", "(Unknown)"},
};

struct Chat
{
    int person; // index into kPeople
    bool incoming;
    const char* body;
};

const Chat kChats[] = {
    {0, true, "我在淘宝买了个东西，到了帮我拿一下"},
    {0, true, "你京东的快递到了，放门卫那了"},
    {0, false, "好的，谢谢！晚上请你吃饭 😀"},
    {1, true, "晚上点美团外卖吧，我请客 😀"},
    {1, true, "支付宝转你了，查收一下"},
    {1, false, "我的淘宝账号就是这个手机号，你帮我看下"},
    {2, true, "刚用滴滴叫了车，十分钟到"},
    {2, true, "你招商银行卡号发我一下，我给你转账"},
    {2, false, "妈，我到家了"},
    {3, true, "明天开会，带上身份证。12306的票买好了吗？"},
    {3, true, "帮我看看这个是不是诈骗：【中国工商银行】您的账户存在异常，请点击链接验证身份。"},
    {3, false, "是诈骗，别点。工行不会这样发的"},
    {4, true, "你的验证码我收到了：{6}，是你让我转的吗？"},
    {4, false, "验证码是{6}，你填一下"},
    {5, true, "小红书上那家店不错，周末去吗"},
    {5, true, "我用拼多多砍了一刀，帮我点一下 https://mobile.yangkeduo.com/{8}.html"},
    {5, false, "B站那个视频你看了没？抖音上也火了"},
    {6, true, "闲鱼上卖掉了，钱到支付宝了"},
    {6, true, "移动的套餐太贵了，换联通吧"},
    {6, false, "微信上说吧"},
    {7, true, "您好，顺丰快递，您的件放菜鸟驿站了，取件码{4}"},
    {7, false, "好的谢谢"},
    {8, true, "my uber is late, be there in 10"},
    {8, false, "No worries, grab a coffee"},
    {9, true, "Sent you the money on Venmo 👍"},
    {9, true, "Can you check the Netflix password? It says wrong code"},
    {10, true, "Hi! The door code is {4}. Welcome to our Airbnb, wifi password is on the fridge."},
    {10, false, "Thanks Mike, we just arrived"},
    {11, true, "我喺 HSBC 門口等你"},
    {12, true, "Did you get the Amazon parcel? Your code is on the box"},
    {13, true, "Your code is {4} for the gate 😂"},
    {14, true, "LINE で連絡してね"},
    {15, true, "Grab is here, come down"},
    {16, true, "Je t'envoie le lien Booking ce soir"},
    {17, true, "My WhatsApp is this number, text me there. Code for the wifi: {8}"},
    {17, false, "Got it, I'll message you on Telegram"},
};
// clang-format on

struct SentToService
{
    const char* recipient;
    const char* body;
};

// Sent by the owner to services' numbers: never a sign that the service holds the number. These
// services are not in the answer key, so reporting one shows as a false positive.
const SentToService kSentToServices[] = {
    {"95566", "CXYE"},
    {"10001", "101"},
    {"40404", "STOP"},
    {"1069{9}", "TD"},
};

constexpr qint64 kStartMs = 1672531200000; // 2023-01-01

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Escaped as the app escapes an attribute: & < > " and newlines as references, emoji as two
// references to UTF-16 surrogates (which XML forbids, and the reader repairs).
void appendEscaped(QByteArray& out, const QString& value)
{
    QString plain;
    const auto flush = [&] {
        out.append(plain.toUtf8());
        plain.clear();
    };
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const char* reference = nullptr;
        switch (u) {
        case u'&':
            reference = "&amp;";
            break;
        case u'<':
            reference = "&lt;";
            break;
        case u'>':
            reference = "&gt;";
            break;
        case u'"':
            reference = "&quot;";
            break;
        case u'\n':
            reference = "&#10;";
            break;
        default:
            break;
        }
        if (reference != nullptr) {
            flush();
            out.append(reference);
        } else if (c.isSurrogate()) {
            flush();
            out.append("&#").append(QByteArray::number(u)).append(';');
        } else {
            plain.append(c);
        }
    }
    flush();
}

} // namespace

RecallCorpus::RecallCorpus(quint64 seed) : m_seed(seed), m_state(seed)
{
    for (const ServiceRow& row : kServices) {
        Message message;
        message.serviceId = text(row.id);
        message.kind = row.kind;
        message.address = fill(row.sender);
        message.contactName = QStringLiteral("(Unknown)");
        message.body = fill(row.body);
        message.mms = row.mms;
        m_messages.append(message);
    }
    QStringList people;
    for (const Person& person : kPeople) {
        people.append(fill(person.number));
    }
    m_people = people;
    m_people.sort();
    for (const Chat& chat : kChats) {
        Message message;
        message.kind = chat.incoming ? Kind::Personal : Kind::Sent;
        message.address = people.at(chat.person);
        message.contactName = text(kPeople[chat.person].contact);
        message.body = fill(chat.body);
        message.incoming = chat.incoming;
        m_messages.append(message);
    }
    // A photo from a friend, as an MMS with a caption.
    Message mms;
    mms.kind = Kind::Personal;
    mms.address = people.at(0);
    mms.contactName = text(kPeople[0].contact);
    mms.body = text("照片收到了吗？我在星巴克等你");
    mms.mms = true;
    m_messages.append(mms);
    for (const SentToService& sent : kSentToServices) {
        Message message;
        message.kind = Kind::Sent;
        message.address = fill(sent.recipient);
        m_sentToServices.append(message.address);
        message.contactName = QStringLiteral("(Unknown)");
        message.body = text(sent.body);
        message.incoming = false;
        m_messages.append(message);
    }

    // Fisher–Yates with the seeded generator, then dates in that order, as a phone's history.
    for (qsizetype i = m_messages.size() - 1; i > 0; --i) {
        const auto j = qsizetype(next(quint32(i + 1)));
        std::swap(m_messages[i], m_messages[j]);
    }
    qint64 date = kStartMs;
    for (Message& message : m_messages) {
        date += 1000 * qint64(300 + next(2 * 86400));
        message.dateMs = date;
    }
}

quint32 RecallCorpus::next(quint32 bound)
{
    // splitmix64: small, fast and the same on every platform.
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return quint32(z % bound);
}

QString RecallCorpus::fill(const char* pattern)
{
    const QString source = text(pattern);
    QString out;
    out.reserve(source.size() + 16);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        const qsizetype close = c == QLatin1Char('{') ? source.indexOf(QLatin1Char('}'), i) : -1;
        if (close < 0) {
            out.append(c);
            continue;
        }
        const QString name = source.mid(i + 1, close - i - 1);
        i = close;
        bool isCount = false;
        const int digits = name.toInt(&isCount);
        if (isCount) {
            for (int d = 0; d < digits; ++d) {
                out.append(QChar(char16_t(u'0' + next(10))));
            }
        } else if (name == QLatin1String("A5")) {
            static const char kAlphabet[] = "23456789BCDFGHJKMNPQRTVWXY";
            for (int d = 0; d < 5; ++d) {
                out.append(QLatin1Char(kAlphabet[next(quint32(sizeof kAlphabet - 1))]));
            }
        } else if (name == QLatin1String("amt")) {
            const quint32 yuan = 1 + next(49999);
            out.append(yuan >= 1000 ? QStringLiteral("%1,%2")
                                          .arg(yuan / 1000)
                                          .arg(yuan % 1000, 3, 10, QLatin1Char('0'))
                                    : QString::number(yuan));
            out.append(QStringLiteral(".%1").arg(next(100), 2, 10, QLatin1Char('0')));
        } else if (name == QLatin1String("md")) {
            out.append(QStringLiteral("%1月%2日").arg(1 + next(12)).arg(1 + next(28)));
        } else if (name == QLatin1String("hm")) {
            out.append(QStringLiteral("%1:%2")
                           .arg(next(24), 2, 10, QLatin1Char('0'))
                           .arg(next(60), 2, 10, QLatin1Char('0')));
        } else {
            out.append(source.mid(i - name.size() - 1, name.size() + 2));
        }
    }
    return out;
}

QStringList RecallCorpus::serviceIds() const
{
    QSet<QString> ids;
    for (const Message& message : m_messages) {
        if (!message.serviceId.isEmpty()) {
            ids.insert(message.serviceId);
        }
    }
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return sorted;
}

QStringList RecallCorpus::personalSenders() const
{
    return m_people;
}

QStringList RecallCorpus::sentToServiceNumbers() const
{
    QStringList numbers = m_sentToServices;
    numbers.sort();
    return numbers;
}

qsizetype RecallCorpus::receivedCount(const QString& serviceId) const
{
    return std::count_if(m_messages.cbegin(), m_messages.cend(),
                         [&](const Message& m) { return m.serviceId == serviceId; });
}

QList<RecallCorpus::Kind> RecallCorpus::kinds(const QString& serviceId) const
{
    QList<Kind> result;
    for (const Kind kind : serviceKinds()) {
        for (const Message& message : m_messages) {
            if (message.serviceId == serviceId && message.kind == kind) {
                result.append(kind);
                break;
            }
        }
    }
    return result;
}

QString RecallCorpus::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SignatureStart:
        return QStringLiteral("signature-start");
    case Kind::SignatureEnd:
        return QStringLiteral("signature-end");
    case Kind::SignatureMiddle:
        return QStringLiteral("signature-middle");
    case Kind::CompanySignature:
        return QStringLiteral("company-signature");
    case Kind::ShortNumber:
        return QStringLiteral("short-number");
    case Kind::GatewayLookalike:
        return QStringLiteral("gateway-lookalike");
    case Kind::AlphanumericSender:
        return QStringLiteral("alphanumeric-sender");
    case Kind::WebOtp:
        return QStringLiteral("web-otp");
    case Kind::EnglishCode:
        return QStringLiteral("english-code");
    case Kind::LongNumber:
        return QStringLiteral("long-number");
    case Kind::Personal:
        return QStringLiteral("personal");
    case Kind::Sent:
        return QStringLiteral("sent");
    }
    return QString();
}

QList<RecallCorpus::Kind> RecallCorpus::serviceKinds()
{
    return {Kind::SignatureStart,     Kind::SignatureEnd, Kind::SignatureMiddle,
            Kind::CompanySignature,   Kind::ShortNumber,  Kind::GatewayLookalike,
            Kind::AlphanumericSender, Kind::WebOtp,       Kind::EnglishCode,
            Kind::LongNumber};
}

QByteArray RecallCorpus::backupXml(const std::function<bool(const Message&)>& keep) const
{
    QList<const Message*> chosen;
    for (const Message& message : m_messages) {
        if (!keep || keep(message)) {
            chosen.append(&message);
        }
    }
    QByteArray out;
    out.append("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
               "<!--File Created By SMS Backup & Restore v10.18.102 on 14/06/2024 21:40:12-->\n"
               "<?xml-stylesheet type=\"text/xsl\" href=\"sms.xsl\"?>\n"
               "<smses count=\"");
    out.append(QByteArray::number(chosen.size()));
    out.append("\" backup_set=\"3e2f5a10-7c4b-4d2e-8f61-");
    out.append(QByteArray::number(m_seed % 1000000000000ULL).rightJustified(12, '0'));
    out.append("\" backup_date=\"1718372412000\" type=\"full\">\n");
    for (const Message* message : chosen) {
        const QByteArray date = QByteArray::number(message->dateMs);
        if (!message->mms) {
            out.append("  <sms protocol=\"0\" address=\"");
            appendEscaped(out, message->address);
            out.append("\" date=\"").append(date);
            out.append(message->incoming ? "\" type=\"1\"" : "\" type=\"2\"");
            out.append(" subject=\"null\" body=\"");
            appendEscaped(out, message->body);
            out.append("\" toa=\"null\" sc_toa=\"null\" service_center=\"");
            out.append(message->incoming ? "+8613800210500" : "null");
            out.append("\" read=\"1\" status=\"-1\" locked=\"0\" date_sent=\"");
            out.append(message->incoming ? QByteArray::number(message->dateMs - 3000) : "0");
            out.append("\" sub_id=\"1\" readable_date=\"\" contact_name=\"");
            appendEscaped(out, message->contactName);
            out.append("\" />\n");
            continue;
        }
        out.append("  <mms date=\"").append(date);
        out.append("\" ct_t=\"application/vnd.wap.multipart.related\" msg_box=\"");
        out.append(message->incoming ? "1" : "2");
        out.append("\" rr=\"null\" sub=\"null\" read_status=\"null\" address=\"");
        appendEscaped(out, message->address);
        out.append("\" m_id=\"null\" read=\"1\" m_type=\"");
        out.append(message->incoming ? "132" : "128");
        out.append("\" readable_date=\"\" contact_name=\"");
        appendEscaped(out, message->contactName);
        out.append("\">\n"
                   "    <parts>\n"
                   "      <part seq=\"-1\" ct=\"application/smil\" name=\"null\" chset=\"null\" "
                   "cd=\"null\" fn=\"null\" cid=\"&lt;smil&gt;\" cl=\"smil.xml\" "
                   "text='&lt;smil&gt;&lt;body&gt;&lt;par dur=\"5000ms\"&gt;&lt;text "
                   "src=\"text_0.txt\"/&gt;&lt;/par&gt;&lt;/body&gt;&lt;/smil&gt;' />\n"
                   "      <part seq=\"0\" ct=\"text/plain\" name=\"null\" chset=\"106\" "
                   "cd=\"null\" fn=\"null\" cid=\"&lt;text_0&gt;\" cl=\"text_0.txt\" text=\"");
        appendEscaped(out, message->body);
        out.append("\" />\n"
                   "    </parts>\n"
                   "    <addrs>\n"
                   "      <addr address=\"");
        appendEscaped(out, message->address);
        out.append(message->incoming ? "\" type=\"137\"" : "\" type=\"151\"");
        out.append(" charset=\"106\" />\n"
                   "      <addr address=\"insert-address-token\" type=\"");
        out.append(message->incoming ? "151" : "137");
        out.append("\" charset=\"106\" />\n"
                   "    </addrs>\n"
                   "  </mms>\n");
    }
    out.append("</smses>\n");
    return out;
}

QByteArray RecallCorpus::answerKey() const
{
    QJsonArray services;
    for (const QString& id : serviceIds()) {
        QJsonArray kindNames;
        for (const Kind kind : kinds(id)) {
            kindNames.append(kindName(kind));
        }
        services.append(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("received"), qint64(receivedCount(id))},
                                    {QStringLiteral("kinds"), kindNames}});
    }
    const QJsonObject key{
        {QStringLiteral("seed"), QString::number(m_seed)},
        {QStringLiteral("backup"), backupFileName()},
        {QStringLiteral("messages"), qint64(m_messages.size())},
        {QStringLiteral("services"), services},
        {QStringLiteral("personal_senders"), QJsonArray::fromStringList(personalSenders())},
        {QStringLiteral("sent_to_service_numbers"),
         QJsonArray::fromStringList(sentToServiceNumbers())},
    };
    return QJsonDocument(key).toJson(QJsonDocument::Indented);
}

QString RecallCorpus::writeTo(const QString& dir) const
{
    if (!QDir().mkpath(dir)) {
        return QStringLiteral("%1: cannot create the folder").arg(dir);
    }
    const QList<std::pair<QString, QByteArray>> files{
        {backupFileName(), backupXml()},
        {keyFileName(), answerKey()},
    };
    for (const auto& [name, bytes] : files) {
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.commit()) {
            return QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        }
    }
    return QString();
}

} // namespace rebind
