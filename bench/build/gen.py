#!/usr/bin/env python3
"""Generate a large dossier (default 1,000 sources, 10,000 claims, 2,000
timeline entries) and the equivalent plain Markdown for the baseline."""
import sys

def main():
    out, md = sys.argv[1], sys.argv[2]
    ns, nc, ne, no = 1000, 10000, 2000, 50
    L = ["---", "id: bench-1", "title: ベンチマーク (benchmark)", "status: ongoing",
         "updated: 2020-02-08 生成", "---", "", "## Sources"]
    for i in range(1, ns + 1):
        kind = ["official", "authority", "media", "blog"][i % 4]
        L.append(f"{i}. [{kind}] 発行者{i} | 記事タイトル {i} | 2020-02-{1 + i % 28:02d} | https://example.jp/{i} | ja")
    L += ["", "## Organisations"]
    for o in range(no):
        L.append(f"- 組織{o} (victim) aka Org{o}: 関係の説明 [{1 + o % ns}]")
    L += ["", "## Claims"]
    per = nc // no
    for o in range(no):
        L.append(f"### 組織{o}")
        for k in range(per):
            i = o * per + k
            L.append(f"- [impact] 情報約{i}件が流出した可能性 {{possible}} {{~{i} 件: files}} [{1 + i % ns},{1 + (i * 7) % ns}]")
    L += ["", "## Timeline"]
    for e in range(ne):
        y, m = 2010 + e // 200, 1 + (e // 17) % 12
        L.append(f"- {y}-{m:02d}~ | 組織{e % no} | {['intrusion_start','detection','disclosure','other'][e % 4]} | 出来事 {e} [{1 + e % ns}]")
    L += ["", "## Commentary", "分析者の意見。", ""]
    open(out, "w").write("\n".join(L) + "\n")
    # The same content as a plain Markdown article (what a user would
    # otherwise convert): lists and a source table.
    M = [l.replace(" | ", " / ") for l in L[6:]]
    open(md, "w").write("# ベンチマーク\n\n" + "\n".join(M) + "\n")

main()
