#!/usr/bin/env python3
"""Generate news-style breach text for bench/extract/run.

Our own template sentences, recombined with random dates, quantities,
durations and organisations from a fixed seed, so every run measures the
same bytes.  Usage: gen.py OUTDIR [MEGABYTES]  (writes ja.txt and en.txt,
each about MEGABYTES MB; default 2).  Standard library only.
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


def gen(lang, size, seed):
    r = random.Random(seed)
    temps = JA_T if lang == "ja" else EN_T
    sep = "" if lang == "ja" else " "
    out, n = [], 0
    while n < size:
        para = sep.join(fill(r.choice(temps), r, lang)
                        for _ in range(r.randint(3, 7))) + "\n\n"
        out.append(para)
        n += len(para.encode("utf-8"))
    return "".join(out)


def main():
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    outdir = sys.argv[1]
    mb = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
    os.makedirs(outdir, exist_ok=True)
    for i, lang in enumerate(("ja", "en")):
        with open(os.path.join(outdir, lang + ".txt"), "w",
                  encoding="utf-8") as f:
            f.write(gen(lang, int(mb * 1e6), 20200206 + i))


if __name__ == "__main__":
    main()
