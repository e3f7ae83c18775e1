#!/usr/bin/env python3
"""Generate synthetic Japanese and English breach-news HTML articles.

  gen.py OUTDIR COUNT [--seed N] [--queries FILE]

Writes COUNT files OUTDIR/NNNNNN/NNNNNNNN.html (1,000 per subdirectory),
about 60% Japanese and 40% English, each 3-8 KB with the chrome of a news
site (navigation, ads, related links, footer, og: and JSON-LD metadata,
<time datetime>), and with --queries a list of 200 search words: two-
character Japanese words, longer Japanese words and English words.  The
output depends only on COUNT and the seed.  Standard library only.
"""
import argparse
import json
import os
import random
import sys

JA_ORG_A = ["東都", "北辰", "瑞穂", "大和", "三葉", "朝日丘", "白鷺", "青葉",
            "南海", "常盤", "富岳", "若葉", "光陽", "銀河", "明星", "旭"]
JA_ORG_B = ["電機", "製鋼", "物流", "システム", "精工", "化学", "建設",
            "食品", "銀行", "証券", "病院", "大学", "通信", "商事", "薬品"]
JA_AUTH = ["防衛省", "経済産業省", "総務省", "警察庁", "金融庁",
           "個人情報保護委員会", "内閣サイバーセキュリティセンター"]
JA_ATTACK = ["不正アクセス", "ランサムウェア", "標的型攻撃メール",
             "サプライチェーン攻撃", "フィッシング", "マルウエア感染"]
JA_DATA = ["個人情報", "顧客情報", "取引先の情報", "技術資料",
           "社員のメールアドレス", "クレジットカード情報", "設計図面"]
JA_SENT = [
    "{org}は{d1}、社内ネットワークに対する{atk}を受けたと発表した。",
    "同社によると、{d2}に不審な通信を検知し、外部の専門機関に調査を依頼した。",
    "調査の結果、{data}など約{n}件が流出した可能性があることが分かった。",
    "現時点で情報の流出は確認されていないという。",
    "{auth}は同社から報告を受け、被害の範囲を確認している。",
    "攻撃者は{d3}ごろから侵入していた痕跡があり、検知まで{m}か月を要した。",
    "同社は{data}の漏えいについて関係者に謝罪し、再発防止策を講じるとした。",
    "専門家は、海外の攻撃グループの関与が疑われると指摘している。",
    "{org}は対象のサーバーをネットワークから遮断し、業務を一時停止した。",
    "被害を受けた端末は{n2}台に上り、復旧には数週間かかる見通しだ。",
    "同社の株価は発表を受けて一時{p}%下落した。",
    "{auth}は関連業界に対し、同様の攻撃への警戒を呼びかけた。",
    "同社は昨年{mo}月にもシステム障害を起こしており、管理体制が問われそうだ。",
    "侵入経路はVPN機器の脆弱性だったとみられ、同社は機器の更新を急ぐ。",
]
EN_ORG_A = ["Northstar", "Bluefin", "Kestrel", "Harbor", "Summit", "Crescent",
            "Ironwood", "Meridian", "Pioneer", "Silverline", "Orchid", "Atlas"]
EN_ORG_B = ["Electric", "Steel", "Logistics", "Systems", "Bank", "Health",
            "Telecom", "Chemicals", "Holdings", "Foods", "University", "Motors"]
EN_AUTH = ["the Ministry of Defense", "the Personal Information Protection "
           "Commission", "the National Police Agency", "the Financial "
           "Services Agency", "the Ministry of Economy, Trade and Industry"]
EN_ATTACK = ["ransomware attack", "unauthorized access", "phishing campaign",
             "supply-chain compromise", "malware infection", "data breach"]
EN_DATA = ["personal data", "customer records", "employee email addresses",
           "technical documents", "payment card details", "design drawings"]
EN_SENT = [
    "{org} said on {wd} that it had suffered a {atk} affecting part of its "
    "internal network.",
    "The company detected suspicious traffic in {d2} and called in outside "
    "investigators.",
    "About {n} files containing {data} may have been exposed, it said.",
    "The company said it had found no evidence so far that data had leaked.",
    "{auth} was notified and is reviewing the scope of the incident.",
    "Investigators found traces suggesting the attackers had been inside "
    "since around {d3}, {m} months before detection.",
    "{org} apologized to customers and said it would tighten its security "
    "controls.",
    "Analysts said a foreign state-backed group was suspected, though no "
    "attribution has been made.",
    "The affected servers were disconnected and some operations were "
    "suspended while systems were restored.",
    "Some {n2} terminals were affected, and full recovery is expected to "
    "take several weeks.",
    "Shares fell as much as {p}% after the announcement.",
    "Officials urged other companies in the sector to check for signs of "
    "similar intrusions.",
    "The intruders are believed to have exploited a vulnerability in a VPN "
    "appliance, which the company is now replacing.",
    "Regulators said they would ask the company for a detailed report on "
    "how the breach went unnoticed.",
]
JA_TITLES = ["{org}に{atk}　{data}の流出の恐れ",
             "{org}、{atk}の被害を公表",
             "{atk}で業務停止　{org}が調査結果",
             "{org}の{data}に不正な閲覧の形跡"]
EN_TITLES = ["{org} hit by {atk}; {data} may be exposed",
             "{org} discloses {atk}",
             "{org} says {data} were accessed in {atk}"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

Q_JA2 = ["流出", "侵入", "検知", "被害", "攻撃", "調査", "報告", "遮断",
         "謝罪", "端末", "形跡", "株価", "復旧", "痕跡", "脆弱", "業界",
         "警戒", "停止", "顧客", "通信"]
Q_JA_LONG = ["不正アクセス", "ランサムウェア", "個人情報", "標的型攻撃メール",
             "サプライチェーン攻撃", "外部の専門機関", "再発防止策",
             "クレジットカード情報", "個人情報保護委員会", "防衛省",
             "経済産業省", "VPN機器", "技術資料", "設計図面", "取引先の情報",
             "内閣サイバーセキュリティセンター", "システム障害",
             "マルウエア感染", "社員のメールアドレス", "海外の攻撃グループ"]
Q_EN = ["ransomware", "breach", "phishing", "malware", "investigators",
        "leaked", "vulnerability", "appliance", "exposed", "terminals",
        "regulators", "customers", "suspended", "attribution", "drawings",
        "intrusion", "apologized", "shares", "ministry", "commission"]


def ja_date(r, year):
    return "%d年%d月" % (year, r.randint(1, 12))


def en_date(r, year):
    return "%s %d" % (r.choice(EN_MONTHS), year)


def body_ja(r, org, year):
    paras = []
    for _ in range(r.randint(5, 14)):
        sents = []
        for _ in range(r.randint(2, 4)):
            sents.append(r.choice(JA_SENT).format(
                org=org, d1="%d日" % r.randint(1, 28),
                d2=ja_date(r, year - 1), d3=ja_date(r, year - r.randint(2, 4)),
                atk=r.choice(JA_ATTACK), data=r.choice(JA_DATA),
                auth=r.choice(JA_AUTH), n=r.randint(20, 90000),
                n2=r.randint(2, 400), m=r.randint(2, 40),
                p=r.randint(1, 12), mo=r.randint(1, 12)))
        paras.append("　" + "".join(sents))
    return paras


def body_en(r, org, year):
    paras = []
    for _ in range(r.randint(4, 10)):
        sents = []
        for _ in range(r.randint(2, 4)):
            sents.append(r.choice(EN_SENT).format(
                org=org, wd=r.choice(EN_DAYS), d2=en_date(r, year - 1),
                d3=en_date(r, year - r.randint(2, 4)),
                atk=r.choice(EN_ATTACK), data=r.choice(EN_DATA),
                auth=r.choice(EN_AUTH), n=r.randint(20, 90000),
                n2=r.randint(2, 400), m=r.randint(2, 40),
                p=r.randint(1, 12)))
        paras.append(" ".join(sents))
    return paras


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="https://{host}/articles/{serial}.html">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="https://{host}/articles/{serial}.html">
<link rel="stylesheet" href="https://cdn.{host}/css/site.{serial:x}.css">
<script type="application/ld+json">{jsonld}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"page":"article","id":{serial}}});</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">{site}</a>
<nav><ul>{nav}</ul></nav></header>
<div class="ad ad-top"><span>{adlabel}</span><div id="gpt-top-{serial}"></div></div>
<main><article>
<h1>{title}</h1>
<p class="meta"><time datetime="{iso}">{shown}</time></p>
{body}
</article>
<section class="related"><h2>{rellabel}</h2><ul>{related}</ul></section>
</main>
<aside class="ranking"><h2>{ranklabel}</h2><ol>{ranking}</ol>
<div class="ad ad-side"><span>{adlabel}</span></div></aside>
<footer class="site-footer"><ul>{footer}</ul>
<p>&copy; {year} {site} (synthetic benchmark article {serial})</p></footer>
</body>
</html>
"""

JA_SITES = [("日刊サイバー新聞", "cyber-nikkan.example.jp"),
            ("東西経済ニュース", "tozai-keizai.example.jp"),
            ("ITセキュリティ速報", "it-sokuho.example.jp")]
EN_SITES = [("Pacific Security Daily", "pacsec.example.com"),
            ("Asia Tech Ledger", "atl.example.com")]
JA_NAV = ["トップ", "速報", "政治", "経済", "社会", "国際", "IT・科学",
          "スポーツ", "オピニオン"]
EN_NAV = ["Home", "Markets", "Companies", "Technology", "Policy", "Asia",
          "Opinion"]
JA_FOOT = ["会社概要", "個人情報の取り扱い", "利用規約", "著作権", "広告掲載",
           "お問い合わせ"]
EN_FOOT = ["About", "Privacy", "Terms", "Advertise", "Contact"]


def article(r, serial):
    ja = r.random() < 0.6
    year = r.randint(2016, 2024)
    month, day = r.randint(1, 12), r.randint(1, 28)
    hour, minute = r.randint(0, 23), r.randint(0, 59)
    iso = "%04d-%02d-%02dT%02d:%02d:00+09:00" % (year, month, day, hour,
                                                  minute)
    if ja:
        org = r.choice(JA_ORG_A) + r.choice(JA_ORG_B)
        site, host = r.choice(JA_SITES)
        title = r.choice(JA_TITLES).format(org=org, atk=r.choice(JA_ATTACK),
                                           data=r.choice(JA_DATA))
        paras = body_ja(r, org, year)
        shown = "%d年%d月%d日 %d時%02d分" % (year, month, day, hour, minute)
        nav, foot = JA_NAV, JA_FOOT
        adlabel, rellabel, ranklabel = "広告", "関連記事", "アクセスランキング"
        related = ["%sに%s" % (r.choice(JA_ORG_A) + r.choice(JA_ORG_B),
                               r.choice(JA_ATTACK)) for _ in range(4)]
        ranking = ["%sの新製品発表" % (r.choice(JA_ORG_A) + r.choice(JA_ORG_B))
                   for _ in range(5)]
    else:
        org = r.choice(EN_ORG_A) + " " + r.choice(EN_ORG_B)
        site, host = r.choice(EN_SITES)
        title = r.choice(EN_TITLES).format(org=org, atk=r.choice(EN_ATTACK),
                                           data=r.choice(EN_DATA))
        paras = body_en(r, org, year)
        shown = "%s %d, %d" % (EN_MONTHS[month - 1], day, year)
        nav, foot = EN_NAV, EN_FOOT
        adlabel, rellabel, ranklabel = "Advertisement", "Related", "Most read"
        related = ["%s reports %s" % (r.choice(EN_ORG_A) + " " +
                                      r.choice(EN_ORG_B), r.choice(EN_ATTACK))
                   for _ in range(4)]
        ranking = ["%s quarterly results" % r.choice(EN_ORG_A)
                   for _ in range(5)]
    jsonld = json.dumps({"@context": "https://schema.org",
                         "@type": "NewsArticle", "headline": title,
                         "datePublished": iso,
                         "publisher": {"@type": "Organization", "name": site}},
                        ensure_ascii=False)
    # Keep the page within 3-8 KB: drop paragraphs past 7,600 bytes, and
    # the size check below pads short pages with more paragraphs.
    def render(ps):
        return PAGE.format(
            lang="ja" if ja else "en", title=title, site=site, host=host,
            serial=serial, iso=iso, shown=shown, jsonld=jsonld, year=year,
            nav="".join('<li><a href="/%d/">%s</a></li>' % (i, n)
                        for i, n in enumerate(nav)),
            footer="".join('<li><a href="/f%d/">%s</a></li>' % (i, n)
                           for i, n in enumerate(foot)),
            body="\n".join("<p>%s</p>" % p for p in ps),
            related="".join('<li><a href="/articles/%d.html">%s</a></li>'
                            % (r.randint(1, 10**7), t) for t in related),
            ranking="".join('<li><a href="/rank/%d.html">%s</a></li>'
                            % (i, t) for i, t in enumerate(ranking)),
            adlabel=adlabel, rellabel=rellabel, ranklabel=ranklabel)
    page = render(paras)
    while len(page.encode()) > 8000 and len(paras) > 1:
        paras.pop()
        page = render(paras)
    while len(page.encode()) < 3000:
        paras += body_ja(r, org, year) if ja else body_en(r, org, year)
        page = render(paras)
        while len(page.encode()) > 8000 and len(paras) > 1:
            paras.pop()
            page = render(paras)
    return page


def queries(r, n=200):
    q = []
    for i in range(n):
        pool = (Q_JA2, Q_JA_LONG, Q_EN)[i % 3]
        q.append(r.choice(pool))
    return q


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("count", type=int)
    ap.add_argument("--seed", type=int, default=20200206)
    ap.add_argument("--queries")
    a = ap.parse_args()
    r = random.Random(a.seed)
    for i in range(a.count):
        sub = os.path.join(a.outdir, "%06d" % (i // 1000))
        if i % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "%08d.html" % i), "w",
                  encoding="utf-8") as f:
            f.write(article(r, i))
    if a.queries:
        qr = random.Random(a.seed + 1)
        with open(a.queries, "w", encoding="utf-8") as f:
            for q in queries(qr):
                f.write(q + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
