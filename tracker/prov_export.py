"""W3C PROV for claims: who said it, who passed it on, which article carries it (PROV-JSON).

Built with the `prov` package (prov.model.ProvDocument), so any PROV tool can read it back:

- agents: every source (speakers, intermediaries, publishing outlets), with type and grade;
- entities: articles (prov:Collection, with hadMember for their claims), one entity per claim as
  printed in an article (`claim:ID`), one per statement as its origin made it (`statement:ID`), and
  one per intermediary's report (`report:ID-N`) when the chain has `via` hops;
- wasAttributedTo: claim -> speaker, statement -> origin, report -> intermediary;
- wasQuotedFrom: claim -> innermost report -> ... -> statement (quotations), and an echo's claim ->
  the first appearance's claim (an echo quotes the earlier publication, not the speaker afresh);
- hadPrimarySource: every claim -> its statement (the origin).

PROV has no "agrees" or "contradicts"; credibility and reliability ride along as tracker: attributes.
"""

from __future__ import annotations

from prov.model import ProvDocument

from tracker.grades import Assessment

NS = "https://tracker.invalid/ns#"


def build(a: Assessment) -> ProvDocument:
    doc = ProvDocument()
    doc.add_namespace("tracker", NS)
    doc.add_namespace("src", NS + "source/")
    doc.add_namespace("claim", NS + "claim/")
    doc.add_namespace("article", NS + "article/")
    doc.add_namespace("statement", NS + "statement/")
    doc.add_namespace("report", NS + "report/")

    for sid, sg in a.sources.items():
        s = sg.source
        attrs: dict[str, str | bool] = {
            "prov:label": s.name,
            "tracker:type": s.type,
            "tracker:anonymous": s.anonymous,
            "tracker:reliability": sg.reliability,
        }
        if s.nationality:
            attrs["tracker:nationality"] = s.nationality
        if s.affiliation:
            attrs["tracker:affiliation"] = s.affiliation
        doc.agent(f"src:{sid}", attrs)

    articles = {}
    for r in a.records:
        art = r.article
        if art.id not in articles:
            art_attrs = {"tracker:sha256": art.sha256}
            for key, value in (
                ("prov:label", art.title),
                ("tracker:outlet", art.outlet),
                ("tracker:published", art.published and art.published.isoformat()),
                ("tracker:url", art.url),
            ):
                if value:
                    art_attrs[key] = value
            articles[art.id] = doc.collection(f"article:{art.id}", art_attrs)
            if (pub := a.index.publisher.get(art.id)) is not None:
                doc.wasAttributedTo(f"article:{art.id}", f"src:{pub}")

    for st in a.provenance.statements:
        first = a.by_id[st.first]
        doc.entity(f"statement:{st.id}", {"prov:value": first.claim.text, "tracker:origin": st.origin})
        doc.wasAttributedTo(f"statement:{st.id}", f"src:{st.origin}")

    for r in a.records:
        st = a.statement(r.id)
        assert r.grades is not None
        claim = f"claim:{r.id}"
        doc.entity(
            claim,
            {
                "prov:value": r.claim.text,
                "tracker:kind": r.claim.kind,
                "tracker:polarity": r.claim.polarity,
                "tracker:credibility": r.grades.credibility,
                "tracker:reliability": r.grades.reliability,
            },
        )
        doc.hadMember(f"article:{r.article.id}", claim)
        doc.wasAttributedTo(claim, f"src:{a.index.speaker[r.id]}")
        doc.hadPrimarySource(claim, f"statement:{st.id}")
        if st.first != r.id:
            doc.wasQuotedFrom(claim, f"claim:{st.first}", other_attributes={"tracker:echo": True})
            continue
        # The article quotes the outermost hop's report, each hop the next one in, the innermost hop
        # the speaker's statement: build from the inside out.
        upstream = f"statement:{st.id}"
        for i in reversed(range(len(r.via))):
            report = f"report:{r.id}-{i}"
            doc.entity(report, {"prov:value": r.claim.text, "prov:label": r.via[i].text})
            hop = a.index.hops.get((r.id, i))
            if hop:
                doc.wasAttributedTo(report, f"src:{hop}")
            doc.wasQuotedFrom(report, upstream)
            upstream = report
        doc.wasQuotedFrom(claim, upstream)
    return doc


def to_json(a: Assessment) -> str:
    return str(build(a).serialize(format="json", indent=2, ensure_ascii=False))


def read(text: str) -> ProvDocument:
    return ProvDocument.deserialize(content=text, format="json")
