#!/usr/bin/env python3
"""Generate news-style breach text for bench/extract/run.

Our own template sentences, recombined with random dates, quantities,
durations and organisations from a fixed seed, so every run measures the
same bytes.  Usage: gen.py [--dense] OUTDIR [MEGABYTES]  (writes ja.txt and
en.txt, each about MEGABYTES MB; default 2).  Standard library only.

By default the fact-bearing template sentences are mixed with filler prose
(background, quotes, context: also our own sentences, few or no facts), in
the proportion that brings the text to the span density of the articles in
examples/ (about 16 spans per kB in Japanese, 8 to 16 in English).  --dense
writes the template sentences alone (about 30 spans per kB, one every 33
bytes), the text earlier versions of this benchmark measured.
"""
import os
import random
import sys

JA_ORGS = ["神戸製鋼所", "神戸製鋼", "神鋼", "パスコ", "株式会社パスコ", "防衛省",
           "三菱電機", "NEC", "日本電気", "株式会社ホシノ精機", "経済産業省",
           "警察庁", "トレンドマイクロ株式会社", "株式会社アオバ商事"]
EN_ORGS = ["Kobe Steel", "Kobe Steel Ltd.", "PASCO", "the Ministry of Defense",
           "the Defense Ministry", "Mitsubishi Electric", "NEC", "Acme Corp.",
           "Northwind Inc.", "Contoso Ltd.", "Fabrikam Corp."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_NUM = ["two", "three", "four", "five", "six", "ten", "18", "24"]

JA_T = [
    "{org}は{date}、社内のサーバーが不正アクセスを受けたと発表した。",
    "同社によると、{date}ごろに端末がウイルスに感染し、{date2}に不審な通信を検知した。",
    "社内調査の結果、顧客情報{qty}件が外部に流出した可能性があるという。",
    "このうち{qty}件には取引先の連絡先が含まれていた。",
    "{org}は同年{m}月に{org2}へ報告し、感染した端末をネットワークから遮断した。",
    "情報の流出は確認されていないとしている。",
    "攻撃には海外のハッカー集団の関与が疑われる。",
    "被害額は約{qty}万円にのぼり、復旧には{n}か月かかる見込みだ。",
    "{org}は{date}までに再発防止策をまとめ、{org2}にも届け出た。",
    "侵入から{n}か月後に発覚したことについて、同社は対策の遅れを認めた。",
    "関係者によると、影響を受けた従業員は約{qty}人にのぼるとみられる。",
    "地元紙の報道を受けて、{org}は{date}に記者会見を開いた。",
    "同社は昨年{m}月にも同様の被害を公表しており、今年{m2}月以降は監視を強化している。",
    "専門家は、攻撃が{y2}年{m}月から続いていた恐れがあると指摘する。",
    "システムは一時的に停止したが、十分な備えがあったため業務への影響は小さかった。",
    "問い合わせは平日の午前9時から受け付けている。",
]
EN_T = [
    "{org} said on {mon} {d}, {y} that its network had suffered unauthorized access.",
    "According to the company, a server was infected around {mon} {y}, and suspicious traffic was detected in {mon2} {y2}.",
    "An internal investigation found that {qty} files may have leaked.",
    "Of those, {qty} files contained contact details of business partners.",
    "{org} notified {org2} in {mon} {y} and disconnected the infected computers.",
    "The company said a leak of personal data was not confirmed.",
    "The attacks are suspected to be linked to a foreign hacking group.",
    "The damage is estimated at ${qty} million, and recovery will take {num} months.",
    "{org} plans to finish its remediation by {mon} {y} and has reported to {org2}.",
    "The breach was discovered {num} months later, and the company admitted its response was slow.",
    "About {qty} employees were affected, according to people familiar with the matter.",
    "After a newspaper reported the incident, {org} announced its findings in {mon} {y}.",
    "The firm also disclosed a similar intrusion last year and has tightened monitoring since {mon} {y}.",
    "Experts say there is no evidence that customer accounts were misused.",
    "Operations were disrupted for a short while, but the plant kept running.",
    "The help desk is open from 9 a.m. on weekdays.",
]

# Filler prose: what surrounds the facts in a news article.  Few dates or
# numbers, some words the lexicons know (会社, 攻撃, the company, attack).
JA_F = [
    "サイバー攻撃を巡っては、取引先を踏み台にして本命の企業に入り込む手口が目立っており、中小の関連会社が狙われやすいと指摘されている。",
    "同社の広報担当者は取材に対し、詳細については調査中のため現時点では答えられないと述べるにとどめた。",
    "業界団体の関係者は、被害を受けた企業が速やかに情報を共有する仕組みづくりが急務だと話している。",
    "国内では近年、製造業や防衛関連の企業を標的にした攻撃が相次いでおり、政府も対策の強化を呼びかけている。",
    "セキュリティーの専門家は、ウイルス対策ソフトだけでは防ぎきれない攻撃が増えているとして、多層的な防御の必要性を強調する。",
    "社内では、従業員向けの訓練や不審なメールへの注意喚起を繰り返してきたという。",
    "取引先の担当者は、自社への影響を確認しているところだとして、同社からの説明を待ちたいと語った。",
    "ある情報セキュリティー会社の幹部は、攻撃者が長い時間をかけて社内の様子を探っていた可能性を指摘している。",
    "株主からは、経営陣の説明が遅れたことに対して厳しい声も上がっている。",
    "同社の工場や事業所では通常どおり操業を続けており、製品の出荷にも大きな遅れは出ていないという。",
    "こうした事案では、被害の全容がわかるまでに時間がかかることが多く、公表の時期を巡って判断が分かれることもある。",
    "政府関係者は、防衛に関わる情報の扱いについて、委託先を含めた管理のあり方を見直す考えを示した。",
    "海外の調査会社によれば、標的型の攻撃は特定の業種に集中する傾向があり、手口も年々巧妙になっている。",
    "地元の経済界からは、地域の雇用を支える企業だけに早期の信頼回復を望む声が聞かれた。",
    "同社はこれまで、情報管理の体制について外部の監査を受けてきたと説明している。",
    "会見に臨んだ担当役員は、関係者に多大な心配をかけたとして頭を下げた。",
    "専門家の一人は、侵入の経路を突き止めることが再発を防ぐうえで最も重要だと話す。",
    "社員の間でも、業務用のパソコンの使い方を改めて見直す動きが広がっている。",
]
EN_F = [
    "Security researchers have long warned that suppliers and subsidiaries are the weakest link in the defences of large manufacturers.",
    "A spokesperson for the company declined to comment further, citing the ongoing investigation.",
    "Industry groups have urged their members to share information about attacks quickly, so that others can check their own networks.",
    "Attacks on defence contractors and heavy industry have drawn growing attention from governments in the region.",
    "Analysts say that antivirus software alone can no longer stop a determined attacker, and that companies need several layers of protection.",
    "Staff had been trained to spot suspicious emails, according to a person with knowledge of the company's security programme.",
    "Customers contacted by reporters said they were still waiting for a detailed explanation from the firm.",
    "One consultant said the attackers appeared to have spent a long time quietly mapping the internal network before they were noticed.",
    "Shareholders questioned why it took the board so long to tell the public what had happened.",
    "Production at the company's plants continued as normal, and shipments to customers were not affected, the firm said.",
    "In cases like this, the full extent of the damage often becomes clear only after weeks of forensic work.",
    "Government officials said they would review how sensitive information is handled by contractors and their subcontractors.",
    "Researchers at several security firms have described similar campaigns aimed at the same industries, using increasingly sophisticated tools.",
    "Local business leaders expressed hope that the company would regain the trust of its partners quickly.",
    "The company said its information management had been reviewed regularly by outside auditors.",
    "At a news conference, a senior executive apologised for the concern caused to customers and partners.",
    "Finding out how the intruders got in is the most important step to preventing a repeat, one expert said.",
    "Employees have been asked to review how they use their work computers and to report anything unusual.",
]
# Share of the sentences drawn from the filler (default mode); chosen so
# that the spans per kB match examples/ (see the README).
FILLER_SHARE = {"ja": 0.40, "en": 0.55}


def fill(t, r, lang):
    y = r.randint(2014, 2023)
    if lang == "ja":
        date = r.choice(["%d年%d月%d日" % (y, r.randint(1, 12), r.randint(1, 28)),
                         "%d年%d月" % (y, r.randint(1, 12)),
                         "%d年" % y, "%d日" % r.randint(1, 28),
                         "令和%d年%d月" % (r.randint(1, 5), r.randint(1, 12)),
                         "平成%d年%d月" % (r.randint(20, 31), r.randint(1, 12))])
        date2 = r.choice(["%d年%d月" % (y + 1, r.randint(1, 12)),
                          "%d年%d月" % ((y + 1) % 100, r.randint(1, 12)),
                          "同年%d月" % r.randint(1, 12)])
        qty = r.choice(["%d" % r.randint(2, 999), "{:,}".format(r.randint(1000, 99999)),
                        "%d万%d" % (r.randint(1, 9), r.randint(1000, 9999))])
        return t.format(org=r.choice(JA_ORGS), org2=r.choice(JA_ORGS),
                        date=date, date2=date2, qty=qty,
                        m=r.randint(1, 12), m2=r.randint(1, 12),
                        n=r.randint(2, 18), y2=y % 100)
    qty = r.choice(["%d" % r.randint(2, 999), "{:,}".format(r.randint(1000, 99999)),
                    "%d.%d" % (r.randint(1, 9), r.randint(1, 9))])
    return t.format(org=r.choice(EN_ORGS), org2=r.choice(EN_ORGS),
                    mon=r.choice(EN_MONTHS), mon2=r.choice(EN_MONTHS),
                    d=r.randint(1, 28), y=y, y2=y + 1, qty=qty,
                    num=r.choice(EN_NUM))


def sentence(r, lang, dense):
    temps = JA_T if lang == "ja" else EN_T
    if dense:
        return fill(r.choice(temps), r, lang)
    if r.random() < FILLER_SHARE[lang]:
        return r.choice(JA_F if lang == "ja" else EN_F)
    return fill(r.choice(temps), r, lang)


def gen(lang, size, seed, dense):
    r = random.Random(seed)
    sep = "" if lang == "ja" else " "
    out, n = [], 0
    while n < size:
        para = sep.join(sentence(r, lang, dense)
                        for _ in range(r.randint(3, 7))) + "\n\n"
        out.append(para)
        n += len(para.encode("utf-8"))
    return "".join(out)


def main():
    args = sys.argv[1:]
    dense = "--dense" in args
    args = [a for a in args if a != "--dense"]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    outdir = args[0]
    mb = float(args[1]) if len(args) > 1 else 2.0
    os.makedirs(outdir, exist_ok=True)
    for i, lang in enumerate(("ja", "en")):
        with open(os.path.join(outdir, lang + ".txt"), "w",
                  encoding="utf-8") as f:
            f.write(gen(lang, int(mb * 1e6), 20200206 + i, dense))


if __name__ == "__main__":
    main()
