"""Per-set AEB P/R/F1 of two tamis prediction dirs on even pages, with folds 0 mod 4 and 2 mod 4."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import extract_bench as eb


def load(d, ds):
    return eb.predictions(Path(d) / f"{ds}.jsonl.gz")


def main():
    a, b, sets = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    for ds in sets:
        pa, pb = load(a, ds), load(b, ds)
        rows = {0: ([], []), 2: ([], [])}
        up = down = 0
        for k, (pid, _, truth) in enumerate(eb.pages(ds, 2, 0)):  # even pages only
            if not truth:
                continue
            ca, cb = eb.shingle_counts(pa.get(pid, ""), truth), eb.shingle_counts(pb.get(pid, ""), truth)
            fold = (2 * k) % 4
            rows[fold][0].append(ca)
            rows[fold][1].append(cb)
            fa, fb = eb.aeb_scores([ca])[2], eb.aeb_scores([cb])[2]
            up += fb > fa + 1e-9
            down += fb < fa - 1e-9
        alla = rows[0][0] + rows[2][0]
        allb = rows[0][1] + rows[2][1]
        sa, sb = eb.aeb_scores(alla), eb.aeb_scores(allb)
        f0 = eb.aeb_scores(rows[0][1])[2] - eb.aeb_scores(rows[0][0])[2]
        f2 = eb.aeb_scores(rows[2][1])[2] - eb.aeb_scores(rows[2][0])[2]
        print(f"{ds:12s} before {sa[2]:.4f} ({sa[0]:.4f}/{sa[1]:.4f}) after {sb[2]:.4f} ({sb[0]:.4f}/{sb[1]:.4f})"
              f" d {sb[2]-sa[2]:+.4f} fold0 {f0:+.4f} fold2 {f2:+.4f} pages up/down {up}/{down}")


main()
