"""Train and measure the learned block judge (src/tamis/extract/judge.py) on the EVEN half only.

    PYTHONPATH=src python bench/extract_judge.py dump                      # features + labels of every even page
    PYTHONPATH=src bench/.venv-probe/bin/python bench/extract_judge.py cv   # 2-fold CV by page, sweep
    PYTHONPATH=src bench/.venv-probe/bin/python bench/extract_judge.py train --out src/tamis/extract/judge.npz
    PYTHONPATH=src python bench/extract_judge.py speed [--out MODEL.npz]  # CPU time without and with the judge

Pages: the even half (`--every 2`, pages 0, 2, 4 ...) is split by page into two quarter-sets, pages 0, 4, 8 ...
(fold 0) and 2, 6, 10 ... (fold 1). `cv` trains on one fold and scores the other, both ways, so that every even
page is judged by a model that never saw it; the AEB shingle F1 per dataset is then computed exactly as the bench
does (the kept blocks rendered with `render`, scored with `shingle_counts` and `aeb_scores`).

Labels: a block's gold share, the share of its 4-token shingles that the page's gold text holds (a block of
fewer than 4 tokens: 1 when its tokens occur in that order in the gold). Weights: each block counts by its tokens
over the page's shingles (the metric's per-page normalisation), each dataset by 1 / its pages (the target is the
mean over datasets). The drop model learns on the blocks the rules keep, the keep model on the left-out blocks
inside the container or at most `REACH` blocks from it.
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_bench import (_TOKEN, DATASETS, WORK, aeb_scores, block_finder, pages, records, shingle_counts,
                           token_grams)

from tamis.extract import judge
from tamis.extract.core import Options, extract_choice
from tamis.extract.render import render

OUT = WORK.parent / "judge"
# The most blocks outside the container the dump keeps as keep candidates (the sweep may use fewer).
REACH = 10
# The sets dumped, trained on and scored (`--datasets`: the six target sets by default; a set built by
# bench/extract_extra.py may be added, its even half only).
SETS = list(DATASETS)
# Sets with snippets and no gold text (trafeval), dumped by `dumpsnip` and learnt on (`--extra-train`), never
# scored: a candidate a `with` snippet spans is labelled 1, one a `without` snippet spans 0, the others unlabelled
# (NaN, not learnt on).
EXTRA: list[str] = []


def dump() -> None:
    """Per dataset: for every even page with a gold, the candidates' features, labels and blocks."""
    OUT.mkdir(parents=True, exist_ok=True)
    opts = Options(judge=False)  # the rules alone
    for ds in SETS:
        t0 = time.time()
        rows = []
        for k, (pid, html, truth) in enumerate(pages(ds, 2, 0)):
            if not truth:
                continue
            res, c = extract_choice(html, opts, names=True)
            gold_toks = _TOKEN.findall(truth)
            gold = set(token_grams(gold_toks))
            gold_str = " " + " ".join(gold_toks) + " "
            n_gold = max(len(gold_toks) - 3, 1)
            page = {"id": pid, "fold": k % 2, "truth": truth, "rules_text": res.text, "n_gold": n_gold,
                    "sha": hashlib.sha1(html.encode("utf-8", "replace")).hexdigest()}
            if c is None or not c.blocks:
                page.update(x=np.zeros((0, len(judge.FEATURES)), np.float32), idx=np.zeros(0, np.int64),
                            kept=np.zeros(0, bool), dist=np.zeros(0, np.int64), label=np.zeros(0),
                            ntok=np.zeros(0), blocks=[])
                rows.append(page)
                continue
            drop, keep = judge.candidates(c, REACH)
            idx = np.sort(np.concatenate([drop, keep]))
            x = judge.features(c, idx)
            inside = judge.FEATURES.index("inside")
            first, last, kept = judge.span(c)
            labels, ntok, dist = [], [], []
            for j in idx:
                b = c.blocks[j]
                toks = _TOKEN.findall(b.text)
                g = token_grams(toks)
                if g:
                    labels.append(sum(1 for s in g if s in gold) / len(g))
                else:
                    labels.append(float(bool(toks) and (" " + " ".join(toks) + " ") in gold_str))
                ntok.append(max(len(toks), 1))
                dist.append(0 if x[len(dist), inside] else (first - j if j < first else j - last))
            n_pred = max(sum(len(_TOKEN.findall(b.text)) for b in c.kept) - 3, 1)
            page.update(x=x.astype(np.float32), idx=idx, kept=np.array([kept[j] for j in idx], dtype=bool),
                        dist=np.array(dist), label=np.array(labels), ntok=np.array(ntok, float), n_pred=n_pred,
                        blocks=[c.blocks[j] for j in idx])
            rows.append(page)
        with open(OUT / f"{ds}.pkl", "wb") as f:
            pickle.dump(rows, f, protocol=pickle.HIGHEST_PROTOCOL)
        print(f"{ds}: {len(rows)} pages, {sum(len(r['idx']) for r in rows)} candidates, {time.time() - t0:.0f}s",
              file=sys.stderr)


def dump_snippets() -> None:
    """Per snippet set in `EXTRA`: for every even page with snippets, the candidates' features and snippet labels
    (1: a `with` snippet spans the block, 0: a `without` snippet does, NaN: neither). A page's shingle count stands
    for both the gold's and the prediction's (the gold is unknown): the rules' kept tokens."""
    OUT.mkdir(parents=True, exist_ok=True)
    opts = Options(judge=False)
    for ds in EXTRA:
        t0 = time.time()
        rows = []
        for k, r in enumerate(records(ds, 2, 0)):
            with_, without = r.get("with") or [], r.get("without") or []
            if not (with_ or without):
                continue
            res, c = extract_choice(r["html"], opts, names=True)
            if c is None or not c.blocks:
                continue
            drop, keep = judge.candidates(c, REACH)
            idx = np.sort(np.concatenate([drop, keep]))
            if not len(idx):
                continue
            x = judge.features(c, idx)
            inside = judge.FEATURES.index("inside")
            first, last, kept = judge.span(c)
            find = block_finder(b.text for b in c.blocks)
            lab = {}
            for snips, v in ((without, 0.0), (with_, 1.0)):
                for sn in snips:
                    for j in find(sn) or []:
                        lab[j] = max(lab.get(j, v), v)
            dist = [0 if x[n, inside] else (first - j if j < first else j - last) for n, j in enumerate(idx)]
            n_pred = max(sum(len(_TOKEN.findall(b.text)) for b in c.kept) - 3, 1)
            rows.append({"id": r["id"], "fold": k % 2, "truth": None, "rules_text": res.text, "n_gold": n_pred,
                         "n_pred": n_pred, "sha": hashlib.sha1(r["html"].encode("utf-8", "replace")).hexdigest(),
                         "x": x.astype(np.float32), "idx": idx, "kept": np.array([kept[j] for j in idx], dtype=bool),
                         "dist": np.array(dist), "label": np.array([lab.get(int(j), np.nan) for j in idx]),
                         "ntok": np.array([max(len(_TOKEN.findall(c.blocks[j].text)), 1) for j in idx], float),
                         "blocks": []})
        with open(OUT / f"{ds}.pkl", "wb") as f:
            pickle.dump(rows, f, protocol=pickle.HIGHEST_PROTOCOL)
        lab = np.concatenate([r["label"] for r in rows])
        print(f"{ds}: {len(rows)} pages, {len(lab)} candidates, {int((lab == 1).sum())} labelled text, "
              f"{int((lab == 0).sum())} not, {time.time() - t0:.0f}s", file=sys.stderr)


def load_rows() -> dict[str, list[dict]]:
    """The dumped pages per dataset (`SETS`; the `EXTRA` sets are read by `training_set` alone)."""
    out = {}
    for ds in SETS:
        with open(OUT / f"{ds}.pkl", "rb") as f:
            out[ds] = pickle.load(f)
    return out


_EXTRA_ROWS: dict[str, list[dict]] = {}


def extra_rows() -> dict[str, list[dict]]:
    """The `EXTRA` sets' dumped pages (read once)."""
    for ds in EXTRA:
        if ds not in _EXTRA_ROWS:
            with open(OUT / f"{ds}.pkl", "rb") as f:
                _EXTRA_ROWS[ds] = pickle.load(f)
    return {ds: _EXTRA_ROWS[ds] for ds in EXTRA}


def training_set(data: dict[str, list[dict]], folds: set[int], which: str, reach: int,
                 sets: set[str] | None = None, exclude: set[str] | None = None,
                 set_weights: dict[str, float] | None = None, rng: np.random.Generator | None = None):
    """X, y, weight of the drop (kept blocks) or keep (left-out, near) model on the pages of `folds` (of the
    datasets in `sets`, all when None; without the pages whose HTML's sha1 is in `exclude`). Each set counts
    equally (its pages' weights sum to one set's), times `set_weights[set]` when given (default 1). With `rng`,
    a bootstrap sample: each set's pages drawn with replacement (a page's weight times how often it was drawn)."""
    xs, ys, ws = [], [], []
    for ds, rows in list(data.items()) + list(extra_rows().items()):
        if sets is not None and ds not in sets and ds not in EXTRA:
            continue
        rows = [r for r in rows if r["fold"] in folds and not (exclude and r.get("sha") in exclude)]
        n_pages = max(len(rows), 1) / (set_weights or {}).get(ds, 1.0)
        draws = np.bincount(rng.integers(0, len(rows), len(rows)), minlength=len(rows)) if rng is not None and rows \
            else np.ones(len(rows), np.int64)
        for r, times in zip(rows, draws):
            if not times:
                continue
            if not len(r["idx"]):
                continue
            sel = r["kept"] if which == "drop" else (~r["kept"] & (r["dist"] <= reach))
            sel = sel & ~np.isnan(r["label"])
            if not sel.any():
                continue
            # a block's tokens over the page's shingles, as the metric normalises (recall by the gold's, precision
            # by the prediction's)
            w = r["ntok"][sel] * (1 / r["n_gold"] + 1 / r["n_pred"]) / 2 / n_pages * times
            xs.append(r["x"][sel])
            ys.append(r["label"][sel])
            ws.append(w)
    x = np.vstack(xs).astype(np.float64)
    y = np.concatenate(ys)
    w = np.concatenate(ws)
    return x, y, w


# The trees (scikit-learn's HistGradientBoostingClassifier; deterministic: no early stopping, fixed seed). A
# logistic regression over the same features gained nothing on the cross-validation (section "Tried").
# Round 11's configuration. Helper x13b cross-validated 28 others (fewer / shallower trees, slower learning, larger
# leaves, L2, feature subsets, hidden word features, a drop model) by page and leaving one dataset out; none was
# better in both without failing a rule test (RESULTS, helper x13b). Round 15 (RESULTS, helper x15b): the shipped
# weights are these trees on the eleven sets' even halves, the five sets outside the six weighted 0.1 each
# (`train --datasets ALL --weights '{"wcxb_test": 0.1, "gtrends": 0.1, "big9": 0.1, "chaos": 0.1, "evan": 0.1}'`).
TREES = {"max_iter": 80, "max_depth": 5, "learning_rate": 0.15, "min_samples_leaf": 40, "l2_regularization": 1.0,
         "early_stopping": False, "random_state": 0}
# Feature columns hidden from training (set to 0, so that no tree splits on them): names or name prefixes ("far:").
HIDE: list[str] = []


def hidden_columns(hide: list[str]) -> list[int]:
    """The columns of `judge.FEATURES` that `hide` names (a name, or a prefix ending in ':')."""
    return [k for k, f in enumerate(judge.FEATURES)
            if any(f == h or (h.endswith(":") and f.startswith(h)) for h in hide)]


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, params: dict | None = None,
        hide: list[str] | None = None) -> dict[str, np.ndarray]:
    """Boosted trees on soft labels (each row twice: text with weight w*y, not text with w*(1-y)), as the arrays
    of `judge.Trees`. `params` override `TREES`; the `hide` columns are zeroed."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    cols = hidden_columns(HIDE if hide is None else hide)
    if cols:
        x = x.copy()
        x[:, cols] = 0.0
    zz = np.vstack([x, x])
    yy = np.concatenate([np.ones(len(y)), np.zeros(len(y))])
    ww = np.concatenate([w * y, w * (1 - y)])
    keep = ww > 0
    ww = ww / ww[keep].mean()
    # (TREES as `--params` left them, then the configuration's own)
    params = {**TREES, **(params or {})}
    if isinstance(params.get("monotonic_cst"), dict):
        # (by feature name: +1 the probability may only rise with the feature, -1 only fall)
        params["monotonic_cst"] = [int(params["monotonic_cst"].get(f, 0)) for f in judge.FEATURES]
    m = HistGradientBoostingClassifier(**params)
    m.fit(zz[keep], yy[keep], sample_weight=ww[keep])
    feature, threshold, left, right, value, roots = [], [], [], [], [], []
    depth = 0
    for (pred,) in m._predictors:
        nodes = pred.nodes
        base = len(feature)
        roots.append(base)
        for k, nd in enumerate(nodes):
            leaf = bool(nd["is_leaf"])
            feature.append(0 if leaf else int(nd["feature_idx"]))
            threshold.append(np.inf if leaf else float(nd["num_threshold"]))
            left.append(base + k if leaf else base + int(nd["left"]))
            right.append(base + k if leaf else base + int(nd["right"]))
            value.append(float(nd["value"]) if leaf else 0.0)
            depth = max(depth, int(nd["depth"]))
    return {"feature": np.array(feature, np.int16), "threshold": np.array(threshold, np.float64),
            "left": np.array(left, np.int32), "right": np.array(right, np.int32),
            "value": np.array(value, np.float64), "roots": np.array(roots, np.int32), "depth": np.array(depth),
            "baseline": np.array(float(np.ravel(m._baseline_prediction)[0]))}


def merge(parts: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Several tree ensembles as one that averages their raw scores (bagging): the trees side by side, each leaf's
    value and the baseline divided by their number (`judge.Trees` sums the leaves, so no change at run time)."""
    if len(parts) == 1:
        return parts[0]
    out: dict[str, list] = {k: [] for k in ("feature", "threshold", "left", "right", "value", "roots")}
    base = 0
    for p in parts:
        out["feature"].append(p["feature"])
        out["threshold"].append(p["threshold"])
        out["left"].append(p["left"] + base)
        out["right"].append(p["right"] + base)
        out["value"].append(p["value"] / len(parts))
        out["roots"].append(p["roots"] + base)
        base += len(p["feature"])
    res = {k: np.concatenate(v) for k, v in out.items()}
    res["depth"] = np.array(max(int(p["depth"]) for p in parts))
    res["baseline"] = np.array(float(np.mean([float(p["baseline"]) for p in parts])))
    return res


def train_model(data, folds: set[int], reach: int, models: tuple[str, ...] = ("keep",),
                sets: set[str] | None = None, params: dict | None = None,
                hide: list[str] | None = None, exclude: set[str] | None = None,
                set_weights: dict[str, float] | None = None, bag: int = 0) -> dict[str, np.ndarray]:
    """The models on the pages of `folds` (of the datasets in `sets`, less the pages `exclude` names by sha1), as
    the arrays of `judge.npz`. `set_weights`: a factor per set on its weight. `bag` > 0: that many models, each on
    a bootstrap sample of each set's pages (seeds 0, 1, ...), averaged (`merge`)."""
    out: dict[str, np.ndarray] = {"features": np.array(judge.FEATURES)}
    for which in models:
        parts = []
        for b in range(max(bag, 1)):
            rng = np.random.default_rng(b) if bag else None
            x, y, w = training_set(data, folds, which, reach, sets, exclude, set_weights, rng)
            parts.append(fit(x, y, w, params, hide))
        for k, v in merge(parts).items():
            out[f"{which}_{k}"] = v
    return out


def act_mask(r: dict, act: str | None) -> np.ndarray:
    """The candidates the judge may restore under `act` (None: all): `inside` the container's left-out blocks,
    `outside` the blocks beyond it, `content` the blocks the rules counted as content, `notcontent` the others,
    `notbefore` / `notafter` all but the blocks before / after the container."""
    n = len(r["idx"])
    if not act or not n:
        return np.ones(n, bool)
    x = r["x"]
    col = {"inside": "inside", "outside": "inside", "content": "rule_content", "notcontent": "rule_content",
           "notbefore": "before", "notafter": "after"}[act]
    v = x[:, judge.FEATURES.index(col)] > 0.5
    return ~v if act in ("outside", "notcontent", "notbefore", "notafter") else v


def save(arrays: dict[str, np.ndarray], path: str) -> judge.Model:
    """Write the arrays and read them back as the extractor will."""
    np.savez_compressed(path, **arrays)
    return judge._load.__wrapped__(path)


def page_probs(model: judge.Model, r: dict) -> np.ndarray:
    """Each candidate's text probability (the drop model's for kept blocks, the keep model's for the others;
    without a drop model, 1 for kept blocks)."""
    x = r["x"].astype(np.float64)
    p = np.ones(len(x))
    k = r["kept"]
    if k.any() and model.drop is not None:
        p[k] = model.drop.proba(x[k])
    if (~k).any() and model.keep is not None:
        p[~k] = model.keep.proba(x[~k])
    return p


def score_pages(rows: list[dict], probs: list[np.ndarray], drop_below: float, keep_above: float,
                reach: int) -> tuple[float, list[tuple[float, float, float]]]:
    """AEB F1 of the pages with the judge's correction at these thresholds (None thresholds: the rules)."""
    counts = []
    for r, p in zip(rows, probs):
        if not len(r["idx"]):
            counts.append(shingle_counts(r["rules_text"], r["truth"]))
            continue
        k = r["kept"]
        sel = (k & (p >= drop_below)) | (~k & (r["dist"] <= reach) & (p > keep_above))
        text = r["rules_text"] if (sel == k).all() else render([b for b, s in zip(r["blocks"], sel) if s])
        counts.append(shingle_counts(text, r["truth"]))
    return aeb_scores(counts)[2], counts


def cv(reach: int, models: tuple[str, ...], prefix: str) -> None:
    """Two folds: train on one, judge the other; sweep the thresholds; per-dataset F1 of every even page."""
    data = load_rows()
    probs: dict[str, list] = {ds: [None] * len(rows) for ds, rows in data.items()}
    for fold in (0, 1):
        t0 = time.time()
        model = save(train_model(data, {1 - fold}, reach, models), f"{prefix}.fold{fold}.npz")
        print(f"fold {fold}: trained on fold {1 - fold} in {time.time() - t0:.0f}s, wrote {prefix}.fold{fold}.npz",
              file=sys.stderr)
        for ds, rows in data.items():
            for i, r in enumerate(rows):
                if r["fold"] == fold:
                    probs[ds][i] = page_probs(model, r) if len(r["idx"]) else np.zeros(0)
    table(data, probs, reach)


def table(data, probs, reach: int) -> None:
    """The sweep: per-dataset F1 and mean at each pair of thresholds, against the rules."""
    base = {ds: score_pages(rows, probs[ds], -1.0, 2.0, 0)[0] for ds, rows in data.items()}
    print("rules      ", " ".join(f"{ds[:6]:>7s}" for ds in SETS), "   mean")
    print("           ", " ".join(f"{base[ds]:.4f} " for ds in SETS), f"{np.mean(list(base.values())):.4f}")
    for drop_below, keep_above, rr in SWEEP:
        f = {ds: score_pages(rows, probs[ds], drop_below, keep_above, rr)[0] for ds, rows in data.items()}
        d = [f[ds] - base[ds] for ds in SETS]
        print(f"d<{drop_below:<4} k>{keep_above:<4} r{rr:<2}", " ".join(f"{x:+.4f}" for x in d),
              f"{np.mean(d):+.4f}", "worst", f"{min(d):+.4f}", flush=True)


# (drop below, keep above, reach) settings the cross-validation scores (drop -1: no block dropped)
SWEEP = ((-1.0, 0.95, 3), (-1.0, 0.9, 3), (-1.0, 0.85, 0), (-1.0, 0.85, 1), (-1.0, 0.85, 3), (-1.0, 0.85, 10),
         (-1.0, 0.8, 3), (-1.0, 0.75, 3), (0.02, 0.85, 3), (0.05, 0.85, 3))


def predict(data, scheme: str, train_sets: list[str], reach: int, models: tuple[str, ...], params: dict | None,
            hide: list[str] | None, prefix: str, cfg: dict | None = None) -> dict[str, list[np.ndarray]]:
    """Each page's candidate probabilities from a model that never saw the page: `pages`, two folds by page (train
    on one fold of `train_sets`, judge the other fold of every set); `lodo`, leave one dataset out (train on the
    even pages of the other `train_sets`, judge the set's pages)."""
    probs: dict[str, list] = {ds: [None] * len(rows) for ds, rows in data.items()}
    if scheme == "pages":
        splits = [({1 - f}, set(train_sets), lambda ds, r, f=f: r["fold"] == f) for f in (0, 1)]
    else:
        splits = [({0, 1}, set(train_sets) - {d}, lambda ds, r, d=d: ds == d) for d in data]
    for k, (folds, sets, judged) in enumerate(splits):
        # a page that is byte for byte one of the judged pages (139 of wcxb_test's pages are wcxb_dev's) is not
        # learnt on
        exclude = {r.get("sha") for ds, rows in data.items() for r in rows if judged(ds, r)} - {None}
        cfg = cfg or {}
        model = save(train_model(data, folds, reach, models, sets, params, hide, exclude, cfg.get("weights"),
                                 cfg.get("bag", 0)), f"{prefix}.{scheme}{k}.npz")
        for ds, rows in data.items():
            for i, r in enumerate(rows):
                if judged(ds, r):
                    p = page_probs(model, r) if len(r["idx"]) else np.zeros(0)
                    if cfg.get("act"):
                        p = np.where(r["kept"] | act_mask(r, cfg["act"]), p, 0.0)
                    probs[ds][i] = p
    return probs


_RULES_COUNTS: dict[int, tuple[float, float, float]] = {}


def set_scores(rows: list[dict], probs: list[np.ndarray], drop_below: float, keep_above: float,
               reach: int) -> tuple[float, float, float]:
    """AEB (P, R, F1) of a dataset's pages with the judge's correction (the rules' counts cached by page)."""
    counts = []
    for r, p in zip(rows, probs):
        key = id(r)
        if key not in _RULES_COUNTS:
            _RULES_COUNTS[key] = shingle_counts(r["rules_text"], r["truth"])
        if not len(r["idx"]):
            counts.append(_RULES_COUNTS[key])
            continue
        k = r["kept"]
        sel = (k & (p >= drop_below)) | (~k & (r["dist"] <= reach) & (p > keep_above))
        if (sel == k).all():
            counts.append(_RULES_COUNTS[key])
        else:
            counts.append(shingle_counts(render([b for b, s in zip(r["blocks"], sel) if s]), r["truth"]))
    return aeb_scores(counts)


# (drop below, keep above, reach) settings `grid` scores (`SETTINGS`, from `--settings`, instead when given)
SETTINGS: list[tuple[float, float, int]] = []
GRID_KEEP = tuple((-1.0, k, rr) for k in (0.7, 0.75, 0.8, 0.85, 0.9, 0.95) for rr in (1, 2, 3, 5))
GRID_DROP = tuple((d, k, 3) for d in (0.02, 0.05, 0.1, 0.15, 0.2, 0.3) for k in (0.85, 2.0))


def scored(data: dict[str, list[dict]], probs: dict[str, list[np.ndarray]], setting: tuple) -> dict:
    """One JSON record's figures at a (drop below, keep above, reach) setting: F1, precision and recall per set,
    and each set's F1 on each page fold apart (pages 0 mod 4, 2 mod 4 of the even half)."""
    sc = {ds: set_scores(rows, probs[ds], *setting) for ds, rows in data.items()}
    fo = {ds: [set_scores([r for r in rows if r["fold"] == k],
                          [p for r, p in zip(rows, probs[ds]) if r["fold"] == k], *setting)[2]
               for k in (0, 1)] for ds, rows in data.items()}
    return {"f1": {d: v[2] for d, v in sc.items()}, "p": {d: v[0] for d, v in sc.items()},
            "r": {d: v[1] for d, v in sc.items()}, "f1_folds": fo}


def grid(configs: list[dict], train_sets: list[str], prefix: str, out: str,
         schemes: tuple[str, ...] = ("pages", "lodo")) -> None:
    """Each configuration (name, params, hide, reach, models) cross-validated both ways; per set F1 at every
    setting of `GRID_KEEP` (and `GRID_DROP` for a drop model), one JSON line per (config, scheme, setting)."""
    import json

    data = load_rows()
    with open(out, "a") as f:
        ones = {ds: [np.ones(len(r["idx"])) for r in rows] for ds, rows in data.items()}
        f.write(json.dumps({"name": "rules", "scheme": "-", "setting": None,
                            **scored(data, ones, (-1.0, 2.0, 0))}) + "\n")
        for cfg in configs:
            models = tuple(cfg.get("models", ["keep"]))
            settings = GRID_KEEP + (GRID_DROP if "drop" in models else ())
            if SETTINGS:
                settings = tuple(SETTINGS)
            for scheme in schemes:
                t0 = time.time()
                # (several configurations: each one's models under PREFIX.NAME, for benchcv)
                probs = predict(data, scheme, train_sets, cfg.get("reach", 3), models, cfg.get("params"),
                                cfg.get("hide"), prefix if len(configs) == 1 else f"{prefix}.{cfg['name']}", cfg)
                t1 = time.time()
                # (`acts`: the same models scored again with the judge restricted, as NAME@ACT)
                variants = [(cfg["name"], probs)] + [
                    (f"{cfg['name']}@{act}", {ds: [np.where(r["kept"] | act_mask(r, act), p, 0.0) if len(p) else p
                                                   for r, p in zip(rows, probs[ds])] for ds, rows in data.items()})
                    for act in cfg.get("acts", [])]
                for (name, probs), st in ((v, st) for v in variants for st in settings):
                    f.write(json.dumps({"name": name, "scheme": scheme, "setting": st, "cfg": cfg,
                                        **scored(data, probs, st)}) + "\n")
                f.flush()
                print(f"{cfg['name']} {scheme}: trained {t1 - t0:.0f}s, scored {time.time() - t1:.0f}s",
                      file=sys.stderr, flush=True)


def report(paths: list[str], base: str, base_setting: tuple, top: int, sets: list[str] | None = None) -> None:
    """The grid's results against a baseline (configuration, setting), both schemes: per (configuration, setting),
    the change of the mean over the six sets and of the worst set, and whether it passes (better on the mean in
    both schemes and no set worse by more than .001 in either). `sets`: the sets averaged (the six by default)."""
    import json

    rows = [json.loads(line) for p in paths for line in open(p)]
    six = list(sets or DATASETS)
    got = {}
    for r in rows:
        if r["name"] != "rules":
            got[(r["name"], tuple(r["setting"]), r["scheme"])] = r["f1"]
    rules = next(r["f1"] for r in rows if r["name"] == "rules")
    out = []
    for (name, st, scheme), f in got.items():
        if scheme != "pages" or (name, st, "lodo") not in got:
            continue
        g = got[(name, st, "lodo")]
        bp, bl = got[(base, base_setting, "pages")], got[(base, base_setting, "lodo")]
        dp = [f[d] - bp[d] for d in six]
        dl = [g[d] - bl[d] for d in six]
        ok = bool(np.mean(dp) > 0 and np.mean(dl) > 0 and min(dp) >= -0.001 and min(dl) >= -0.001)
        out.append((ok, min(np.mean(dp), np.mean(dl)), name, st, dp, dl, f, g))
    out.sort(key=lambda t: (-t[0], -t[1]))
    print(f"rules (F1): {' '.join(f'{rules[d]:.4f}' for d in six)}  wcxb_test {rules.get('wcxb_test', 0):.4f}")
    print(f"change against {base} {base_setting}, per set {' '.join(d[:6] for d in six)}")
    for ok, _, name, st, dp, dl, f, g in out[:top]:
        print(f"{'PASS' if ok else '    '} {name:18s} d<{st[0]:<5} k>{st[1]:<5} r{st[2]}"
              f" | pages {' '.join(f'{x:+.4f}' for x in dp)} mean {np.mean(dp):+.4f}"
              f" | lodo {' '.join(f'{x:+.4f}' for x in dl)} mean {np.mean(dl):+.4f}"
              f" | vs rules: pages {np.mean([f[d] - rules[d] for d in six]):+.4f}"
              f" lodo {np.mean([g[d] - rules[d] for d in six]):+.4f}"
              f" wcxb_test {g.get('wcxb_test', 0) - rules.get('wcxb_test', 0):+.4f}")


def report_lodo(paths: list[str], base: str, setting: tuple, sets: list[str]) -> None:
    """Leave-one-dataset-out F1 per set of every configuration at `setting`, and its change against the rules and
    against `base` (the mean over `sets`; the worst set)."""
    import json

    rows = [json.loads(line) for p in paths for line in open(p)]
    rules = next(r["f1"] for r in rows if r["name"] == "rules")
    got = {r["name"]: r["f1"] for r in rows
           if r["name"] != "rules" and r["scheme"] == "lodo" and tuple(r["setting"]) == setting}
    print(f"LODO, setting d<{setting[0]} k>{setting[1]} r{setting[2]}; sets {' '.join(d[:7] for d in sets)} mean")
    print(f"{'rules':16s} F1   {' '.join(f'{rules[d]:.4f}' for d in sets)} {np.mean([rules[d] for d in sets]):.4f}")
    for name, f in got.items():
        dr = [f[d] - rules[d] for d in sets]
        print(f"{name:16s} F1   {' '.join(f'{f[d]:.4f}' for d in sets)} {np.mean([f[d] for d in sets]):.4f}")
        print(f"{'':16s} -rul {' '.join(f'{x:+.4f}' for x in dr)} {np.mean(dr):+.4f}")
        if name != base and base in got:
            db = [f[d] - got[base][d] for d in sets]
            print(f"{'':16s} -{base[:3]} {' '.join(f'{x:+.4f}' for x in db)} {np.mean(db):+.4f} worst {min(db):+.4f}")


def combine(prefixes: list[str], how: str, name: str, out: str) -> None:
    """Two (or more) configurations' CV models used together, scored like `grid` (both schemes, `SETTINGS`): each
    page's probabilities from the models of each prefix that never saw it (`PREFIX.pages{0,1}.npz`,
    `PREFIX.lodo{k}.npz`, as `grid` wrote them with the same --datasets), put together by `how`: `min` (a block
    restored only when every model is sure), `mean` (the raw scores averaged, as one merged ensemble would)."""
    import json

    data = load_rows()
    sets = list(data)
    with open(out, "a") as f:
        for scheme in ("pages", "lodo"):
            splits = ([(k, lambda ds, r, k=k: r["fold"] == k) for k in (0, 1)] if scheme == "pages"
                      else [(k, lambda ds, r, d=d: ds == d) for k, d in enumerate(sets)])
            probs: dict[str, list] = {ds: [None] * len(rows) for ds, rows in data.items()}
            for k, judged in splits:
                models = [judge._load.__wrapped__(f"{p}.{scheme}{k}.npz") for p in prefixes]
                for ds, rows in data.items():
                    for i, r in enumerate(rows):
                        if not judged(ds, r):
                            continue
                        if not len(r["idx"]):
                            probs[ds][i] = np.zeros(0)
                            continue
                        ps = np.array([page_probs(m, r) for m in models])
                        if how == "min":
                            probs[ds][i] = ps.min(axis=0)
                        else:
                            z = np.log(np.clip(ps, 1e-12, 1)) - np.log(np.clip(1 - ps, 1e-12, 1))
                            probs[ds][i] = np.where(r["kept"], 1.0, 1 / (1 + np.exp(-z.mean(axis=0))))
            for st in SETTINGS or GRID_KEEP:
                f.write(json.dumps({"name": name, "scheme": scheme, "setting": st,
                                    "cfg": {"combine": prefixes, "how": how}, **scored(data, probs, st)}) + "\n")
            f.flush()


def report_both(paths: list[str], base: str, base_setting: tuple, six: list[str], all_sets: list[str]) -> None:
    """Round 15's test of a judge: page CV on the six target sets and LODO on all the sets, each against `base` at
    `base_setting` in the same scheme. Per (configuration, setting): the mean change and the worst set in each scheme,
    and each page fold's mean change (pages 0 / 2 mod 4). PASS: page-CV mean of the six up in both folds, LODO mean
    of all sets up in both folds, no set down by more than .001 in either scheme."""
    import json

    rows = [json.loads(line) for p in paths for line in open(p)]
    rules = next(r for r in rows if r["name"] == "rules")
    got = {(r["name"], tuple(r["setting"]), r["scheme"]): r for r in rows if r["name"] != "rules"}
    bp, bl = got[(base, base_setting, "pages")], got[(base, base_setting, "lodo")]

    def delta(r, b, sets):
        d = [r["f1"][s] - b["f1"][s] for s in sets]
        folds = [np.mean([r["f1_folds"][s][k] - b["f1_folds"][s][k] for s in sets]) for k in (0, 1)]
        return float(np.mean(d)), min(zip(d, sets)), folds

    out = []
    for (name, st, scheme), r in got.items():
        if scheme != "pages" or (name, st, "lodo") not in got:
            continue
        g = got[(name, st, "lodo")]
        mp, wp, fp = delta(r, bp, six)
        ml, wl, fl = delta(g, bl, all_sets)
        ok = bool(mp > 0 and ml > 0 and min(fp) > 0 and min(fl) > 0 and wp[0] >= -0.001 and wl[0] >= -0.001)
        rp = np.mean([r["f1"][s] - rules["f1"][s] for s in six])
        rl = np.mean([g["f1"][s] - rules["f1"][s] for s in all_sets])
        out.append((ok, min(mp, ml), name, st, mp, wp, fp, ml, wl, fl, rp, rl))
    out.sort(key=lambda t: (-t[0], -t[1]))
    print(f"against {base} {base_setting}: page CV (six) mean / worst / fold0 fold1 | LODO ({len(all_sets)}) mean / "
          "worst / fold0 fold1 | against the rules: page CV six, LODO all")
    for ok, _, name, st, mp, wp, fp, ml, wl, fl, rp, rl in out:
        print(f"{'PASS' if ok else '    '} {name:22s} k>{st[1]:<4} r{st[2]} | {mp:+.4f} {wp[0]:+.4f} {wp[1][:6]:6s} "
              f"{fp[0]:+.4f} {fp[1]:+.4f} | {ml:+.4f} {wl[0]:+.4f} {wl[1][:6]:6s} {fl[0]:+.4f} {fl[1]:+.4f} | "
              f"{rp:+.4f} {rl:+.4f}")


def per_set(paths: list[str], names: list[str], setting: tuple, sets: list[str]) -> None:
    """Each named configuration's F1 per set at `setting`, both schemes, and the rules'."""
    import json

    rows = [json.loads(line) for p in paths for line in open(p)]
    rules = next(r for r in rows if r["name"] == "rules")
    got = {(r["name"], r["scheme"]): r for r in rows if r["name"] != "rules" and tuple(r["setting"]) == setting}
    print("| | " + " | ".join(sets) + " | mean |")
    for name, f in [("rules", rules["f1"])] + [(f"{n} {sc}", got[(n, sc)]["f1"]) for sc in ("pages", "lodo")
                                                for n in names if (n, sc) in got]:
        cells = " | ".join(f"{f[s]:.4f}" for s in sets)
        print(f"| {name} | {cells} | {np.mean([f[s] for s in sets]):.4f} |")


def bench_cv(prefix: str, opts: dict, name: str, schemes: tuple[str, ...] = ("pages", "lodo")) -> None:
    """The grid's models of one configuration (`PREFIX.pages{0,1}.npz`, `PREFIX.lodo{k}.npz`, as `grid` wrote them
    for a one-configuration file), measured with the bench itself: each page extracted by `extract_html` with the
    model that never saw it (options `opts` besides), the predictions put together per scheme and scored by
    `extract_bench.py score --every 2`. Output: bench/work/bcv/NAME/{pages,lodo}/results.json."""
    import gzip
    import json
    import os
    import subprocess

    bench = str(Path(__file__).with_name("extract_bench.py"))
    root = WORK.parent / "bcv" / name
    sets = ",".join(SETS)

    def run(work: Path, datasets: str, every: int, offset: int, model: str) -> None:
        env = {**os.environ, "TAMIS_BENCH_WORK": str(work),
               "TAMIS_EXTRACT_OPTS": json.dumps({**opts, "judge_model": str(Path(model).resolve())})}
        subprocess.run([sys.executable, bench, "all", "--only", "tamis", "--datasets", datasets, "--every",
                        str(every), "--offset", str(offset)], check=True, env=env, stdout=subprocess.DEVNULL)

    def gather(parts: list[tuple[Path, list[str]]], out: Path) -> None:
        (out / "tamis").mkdir(parents=True, exist_ok=True)
        timing: dict = {"_maxrss_mb": 0.0}
        for ds in SETS:
            with gzip.open(out / "tamis" / f"{ds}.jsonl.gz", "wt", encoding="utf-8") as f:
                for w, dss in parts:
                    if ds in dss:
                        with gzip.open(w / "tamis" / f"{ds}.jsonl.gz", "rt", encoding="utf-8") as g:
                            f.writelines(g)
            t = [json.loads((w / "tamis" / "timing.json").read_text()) for w, dss in parts if ds in dss]
            timing[ds] = {"pages": sum(x[ds]["pages"] for x in t), "cpu_s": sum(x[ds]["cpu_s"] for x in t)}
        for w, _ in parts:
            t = json.loads((w / "tamis" / "timing.json").read_text())
            timing["_maxrss_mb"] = max(timing["_maxrss_mb"], t["_maxrss_mb"])
        (out / "tamis" / "timing.json").write_text(json.dumps(timing, indent=1))
        subprocess.run([sys.executable, bench, "score", "--datasets", sets, "--every", "2"], check=True,
                       env={**os.environ, "TAMIS_BENCH_WORK": str(out)})

    if "pages" in schemes:
        parts = []
        for f in (0, 1):
            w = root / f"pages-fold{f}"
            run(w, sets, 4, 2 * f, f"{prefix}.pages{f}.npz")
            parts.append((w, list(SETS)))
        gather(parts, root / "pages")
    if "lodo" not in schemes:
        return
    parts = []
    for k, ds in enumerate(SETS):
        w = root / f"lodo-{ds}"
        run(w, ds, 2, 0, f"{prefix}.lodo{k}.npz")
        parts.append((w, [ds]))
    gather(parts, root / "lodo")


def speed(model: str, rounds: int) -> None:
    """CPU seconds of `extract_html` over every even page, without and with the judge (alternating rounds)."""
    import resource

    from tamis.extract.core import extract_html

    htmls = [html for ds in SETS for _, html, _ in pages(ds, 2, 0)]
    on = Options(judge=True, judge_model=model)
    extract_html(htmls[0], on)  # (loads the weights)
    cpu: dict[str, list[float]] = {"rules": [], "judge": []}
    for _ in range(rounds):
        for name, opts in (("rules", Options(judge=False)), ("judge", on)):
            t0 = time.process_time()
            for html in htmls:
                extract_html(html, opts)
            cpu[name].append(time.process_time() - t0)
    for name, ts in cpu.items():
        print(f"{name}: {len(htmls)} pages, CPU s {' '.join(f'{t:.2f}' for t in ts)}, "
              f"{len(htmls) / min(ts):.0f} pages/CPU-s (best round)")
    print(f"judge / rules CPU: {min(cpu['judge']) / min(cpu['rules']):.3f}; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (all pages held in memory)")


def main() -> None:
    """CLI."""
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["dump", "dumpsnip", "cv", "train", "speed", "grid", "report", "lodoreport", "benchcv",
                                     "bothreport", "perset", "combine"])
    ap.add_argument("--combine", default="", help="combine: model prefixes (comma-separated)")
    ap.add_argument("--how", default="min", help="combine: min or mean")
    ap.add_argument("--settings", default="", help="grid: keep,reach pairs scored instead of the full grid "
                    "(0.85:3,0.8:2); bothreport/perset: the one setting")
    ap.add_argument("--six", default=",".join(DATASETS), help="bothreport: the sets of the page-CV figure")
    ap.add_argument("--names", default="", help="perset: the configurations shown")
    ap.add_argument("--weights", default="", help="train: JSON, a factor per set on its weight")
    ap.add_argument("--bag", type=int, default=0, help="train: bootstrap models averaged")
    ap.add_argument("--opts", default="{}", help="benchcv: extractor options (judge_keep, judge_reach, judge_drop)")
    ap.add_argument("--name", default="cv", help="benchcv: bench/work/bcv/NAME")
    ap.add_argument("--base", default="shipped,-1.0,0.85,3", help="report: baseline configuration and setting")
    ap.add_argument("--top", type=int, default=40, help="report: lines shown")
    ap.add_argument("--report-sets", default="", help="report: the sets averaged (default: the six)")
    ap.add_argument("--configs", help="grid: a JSON file, a list of {name, params, hide, reach, models}")
    ap.add_argument("--train-sets", default=",".join(DATASETS), help="grid: the sets the models learn on")
    ap.add_argument("--schemes", default="pages,lodo", help="grid, benchcv: the CV schemes run")
    ap.add_argument("--results", default=str(OUT / "grid.jsonl"), help="grid: JSON lines appended here")
    ap.add_argument("--params", default="{}", help="train/cv: JSON overriding TREES")
    ap.add_argument("--hide", default=None, help="train/cv/grid: feature names or prefixes (far:) hidden from the "
                    "trees, comma-separated, instead of HIDE ('' hides none)")
    ap.add_argument("--rounds", type=int, default=2, help="speed: rounds of each")
    ap.add_argument("--reach", type=int, default=3, help="keep model: blocks outside the container it learns on")
    ap.add_argument("--models", default="keep", help="which models to train: keep, drop or drop,keep")
    ap.add_argument("--out", default="src/tamis/extract/judge.npz")
    ap.add_argument("--prefix", default=str(OUT / "cv"), help="cv: each fold's model goes to PREFIX.foldN.npz")
    ap.add_argument("--datasets", default=",".join(DATASETS), help="sets to use (their even halves)")
    ap.add_argument("--extra-train", default="", help="snippet sets (trafeval) learnt on, never scored; dumped by "
                    "dumpsnip; weighted by --weights or a grid configuration's weights like any set")
    a = ap.parse_args()
    SETS[:] = a.datasets.split(",")
    EXTRA[:] = [x for x in a.extra_train.split(",") if x]
    models = tuple(a.models.split(","))
    import json

    TREES.update(json.loads(a.params))
    if a.hide is not None:
        HIDE[:] = [h for h in a.hide.split(",") if h]
    if a.settings:
        SETTINGS[:] = [(-1.0, float(x.split(":")[0]), int(x.split(":")[1])) for x in a.settings.split(",")]
    if a.mode == "bothreport":
        name, *st = a.base.split(",")
        report_both(a.results.split(","), name, (float(st[0]), float(st[1]), int(st[2])), a.six.split(","), SETS)
    elif a.mode == "combine":
        combine(a.combine.split(","), a.how, a.name, a.results)
    elif a.mode == "perset":
        report_args = SETTINGS[0] if SETTINGS else (-1.0, 0.85, 3)
        per_set(a.results.split(","), a.names.split(","), report_args, SETS)
    elif a.mode == "benchcv":
        bench_cv(a.prefix, json.loads(a.opts), a.name, tuple(a.schemes.split(",")))
    elif a.mode == "report":
        name, *st = a.base.split(",")
        report(a.results.split(","), name, (float(st[0]), float(st[1]), int(st[2])), a.top,
               a.report_sets.split(",") if a.report_sets else None)
    elif a.mode == "lodoreport":
        name, *st = a.base.split(",")
        report_lodo(a.results.split(","), name, (float(st[0]), float(st[1]), int(st[2])),
                    a.report_sets.split(",") if a.report_sets else SETS)
    elif a.mode == "grid":
        with open(a.configs) as f:
            grid(json.load(f), a.train_sets.split(","), a.prefix, a.results, tuple(a.schemes.split(",")))
    elif a.mode == "dump":
        dump()
    elif a.mode == "dumpsnip":
        dump_snippets()
    elif a.mode == "speed":
        speed(a.out, a.rounds)
    elif a.mode == "cv":
        cv(a.reach, models, a.prefix)
    else:
        save(train_model(load_rows(), {0, 1}, a.reach, models, set_weights=json.loads(a.weights or "{}") or None,
                         bag=a.bag), a.out)
        print(f"wrote {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
