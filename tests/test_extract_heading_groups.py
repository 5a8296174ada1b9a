"""Sibling headings glossed by their sections: one section in four may explain in a shape of its
own, unless the note speaks to its reader (a manual's sections of actions)."""

from __future__ import annotations

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_one_section_in_four_may_explain_in_its_own_shape() -> None:
    text = (
        "# Distributions cheat sheet\n\n## Discrete distributions\n\n"
        "### Bernoulli\nOne trial, success (1) with probability p, failure (0) otherwise.\n\n"
        "### Binomial\nNumber of successes in n independent Bernoulli(p) trials. $P(X=k)=\\binom{n}{k}p^k$\n\n"
        "### Poisson\nCounts of events in a fixed interval when they happen independently at a constant rate.\n\n"
        "### Geometric\nNumber of trials until the first success, the only memoryless discrete one.\n"
    )
    found = answers(text, "Probability/Distributions cheat sheet.md")
    assert {"Bernoulli", "Poisson", "Geometric"} <= set(found)


def test_a_manuals_sections_of_actions_stay_silent() -> None:
    text = (
        "# Barra lateral\n\n"
        "## Cerrar pestañas\nAlgunas pestañas se pueden cerrar a través del menú de clic derecho, mientras que otras no.\n\n"
        "## Reorganizar pestañas\nPuedes arrastrar y soltar los iconos de las pestañas para reorganizarlas dentro de un grupo.\n\n"
        "## Fijar pestañas\nPuedes fijar una pestaña en la barra lateral para controlar cómo se actualiza.\n\n"
        "## Mostrar pestañas\nPuedes mostrar u ocultar las pestañas desde el menú de la barra lateral.\n"
    )
    assert answers(text, "Interfaz/Barra lateral.md") == []


def test_a_lone_kind_of_the_titles_thing_is_carded() -> None:
    text = (
        "# B+ tree indexes make range queries cheap\n\nLeaves are linked, so a range scan walks them in order.\n\n"
        "A clustered index stores the table rows themselves in the index's key order, so a range scan reads rows sequentially.\n"
    )
    assert "clustered index" in answers(text, "Databases/B+ tree indexes make range queries cheap.md")


def test_a_judged_thing_or_a_phrase_is_no_lone_kind() -> None:
    text = (
        "# Why the first touch matters more than the strike\n\nSome context.\n\n"
        "A clean first touch buys time; a perfect strike with no time is rare.\n\n"
        "The amount of stretching sets the drink, a little for a flat white.\n"
    )
    assert answers(text, "Hurling/Why the first touch matters more than the strike.md") == []


def test_bold_terms_with_their_gloss_on_the_next_line_of_the_paragraph() -> None:
    text = (
        "# PLSC 340 – L7 Breeding methods\n\n## Types of selection\n\n"
        "**Mass selection**\npick individual plants by phenotype, bulk their seed, repeat\n\n"
        "**Pedigree method**\nselect individual plants in F2 and keep records of parent–progeny lines\n\n"
        "**Backcross breeding**\ntransfer one trait from a donor into an elite cultivar by crossing back to it\n"
    )
    assert answers(text, "Breeding/Breeding methods lecture 7.md") == ["Mass selection", "Pedigree method", "Backcross breeding"]
    steps = text.replace("pick individual", "click Save, pick individual").replace("select individual", "press the button, select")
    assert answers(steps, "Breeding/Breeding methods lecture 7.md") == []


def test_sections_of_three_longer_sentences_still_gloss_their_headings() -> None:
    text = (
        "# Service types\n\n"
        "## ClusterIP\nThe default type, reachable only from inside the cluster through a virtual IP. Pods find it by its DNS "
        "name in the namespace. Nothing outside the cluster can reach it without a proxy or an ingress in front.\n\n"
        "## NodePort\nOpens the same port on every node and forwards it to the service behind. The range is 30000 to 32767 "
        "by default. Clients outside the cluster reach it through any node's address.\n\n"
        "## LoadBalancer\nAsks the cloud provider for an external load balancer that points at the node ports. Each service "
        "gets its own address. It costs money per balancer, so many teams use one ingress instead.\n"
    )
    assert answers(text, "Kubernetes/Service types.md") == ["ClusterIP", "NodePort", "LoadBalancer"]


def test_glosses_that_stress_a_word_still_make_a_glossary_of_headings() -> None:
    text = (
        "# Droit des contrats – fiches\n\n"
        "## Force obligatoire\nLe contrat légalement formé tient lieu de loi à ceux qui l'ont fait. Principe posé par le Code civil.\n\n"
        "## Vice du consentement\nErreur, dol ou violence qui altère un consentement **donné** et permet d'annuler le contrat.\n\n"
        "## Clause abusive\nStipulation qui crée un déséquilibre *significatif* entre les droits et obligations des parties.\n"
    )
    found = answers(text, "Droit/Droit des contrats - fiches.md")
    assert {"Force obligatoire", "Vice du consentement", "Clause abusive"} <= set(found)


def test_a_manual_that_speaks_to_its_reader_gets_no_glossary_from_stressed_words() -> None:
    # The stressed words are not the headings' own, but the sections talk to "du" and "deine".
    text = (
        "# Ansichten\n\n"
        "## Ergebnisse begrenzen\nDas Menü zeigt die Anzahl der **Treffer** in der Ansicht, die du später ändern kannst.\n\n"
        "## Ansicht kopieren\nDiese Aktion legt die **gesamte** Ansicht in deine Zwischenablage.\n\n"
        "## Als Datei sichern\nDiese Aktion speichert eine *CSV-Datei* deiner aktuellen Ansicht.\n"
    )
    assert answers(text, "Bases/Ansichten.md") == []


def test_a_manuals_sections_stressing_what_to_click_stay_silent() -> None:
    text = (
        "# Vues\n\n"
        "## Limiter les résultats\nLe menu *résultats* affiche le nombre de résultats. Cliquez sur le bouton pour limiter votre vue.\n\n"
        "## Copier dans le presse-papiers\nCette action copie la vue dans votre presse-papiers, où vous pouvez la coller.\n\n"
        "## Exporter en CSV\nCette action enregistre un CSV de votre vue actuelle.\n"
    )
    assert answers(text, "Bases/Vues.md") == []


def test_lower_case_headings_glossed_by_lower_case_fragments_are_a_lecture_glossary() -> None:
    text = (
        "# HIST 210 · Lecture 5 — Roman arms\n\n"
        "### pilum\niron-shanked javelin, ~2 m, bends on impact → can't be thrown back\n\n"
        "### scutum\ncurved shield, glued plywood + leather, central boss\n\n"
        "### gladius\nshort sword/ thrusting blade, ~60 cm, worn on the right\n"
    )
    assert {"pilum", "scutum", "gladius"} <= set(answers(text, "Rome/Roman arms - lecture 5.md"))


def test_capitalised_headings_with_lower_case_fragments_stay_silent() -> None:
    # A reading list's sections: remarks in fragments under capitalised titles, no glosses.
    text = (
        "# Books this year\n\n"
        "### Middlemarch\nslow start, then could not put it down\n\n"
        "### Persuasion\nshort and sad, then very happy, read it on the train\n\n"
        "### Emma\nfunny, though she annoyed me until the last third\n"
    )
    assert answers(text, "Reading/Books this year.md") == []

def test_a_learners_keyword_sections_may_hold_code_and_announce_their_example() -> None:
    """Headings in lower case name a language's keywords: code inside a gloss, or opening it, is
    an example; a gloss ending in a colon before a code block announces that example."""
    text = (
        "# Go concurrency — notes from the tour\n\n"
        "### goroutine\nA function running concurrently with others, started with `go f(x)`.\n\n"
        "### channel\n`chan T` — a typed pipe that goroutines send values through and receive from.\n\n"
        "### select\nWaits on several channel operations at once and runs whichever is ready first:\n\n"
        "```go\nselect {\ncase v := <-in:\n    use(v)\ncase <-done:\n    return\n}\n```\n\n"
        "### defer\nSchedules a call to run when the surrounding function returns, in reverse order.\n"
    )
    found = answers(text, "Go/Go concurrency.md")
    assert found == ["goroutine", "channel", "select", "defer"]


def test_a_manuals_capitalised_sections_with_code_stay_silent() -> None:
    text = (
        "# Command line\n\n"
        "### Open a vault\nRun `app open ~/notes` to open the vault in the current window.\n\n"
        "### Search\nType `app search term` to search every note for the term.\n\n"
        "### Export\nUse `app export --pdf` to write the note as a PDF file.\n\n"
        "### Sync\nStart `app sync` to upload the vault to the server now.\n"
    )
    assert answers(text, "Help/Command line.md") == []


def test_sections_under_a_heading_that_collects_people_name_persons_not_terms() -> None:
    remarks = (
        "### Priya\nbackend, owns the billing service and the invoice exports\n\n"
        "### Tomás\nfrontend lead, moved from the mobile team in March\n\n"
        "### Wen\ndata engineer, runs the nightly warehouse loads\n"
    )
    assert answers("# Payments squad\n\n## People\n\n" + remarks, "Work/Payments squad.md") == []
    sentences = (
        "## Who's who\n\n### Priya\nBackend engineer who owns the billing service.\n\n"
        "### Tomás\nFrontend lead who moved from the mobile team in March.\n\n"
        "### Wen\nData engineer who runs the nightly warehouse loads.\n"
    )
    assert answers("# Payments squad\n\n" + sentences, "Work/Payments squad.md") == []


def test_a_heading_whose_last_word_is_no_group_of_people_keeps_its_glossary() -> None:
    text = (
        "# Sled dogs\n\n## Team positions\n\n"
        "### Lead dog\nThe dog at the front that follows the musher's commands and sets the pace.\n\n"
        "### Swing dogs\nThe pair right behind the leader that swings the team around curves.\n\n"
        "### Wheel dogs\nThe strongest pair, harnessed nearest the sled to steer it out of turns.\n"
    )
    assert answers(text, "Dogs/Sled dogs.md") == ["Lead dog", "Swing dogs", "Wheel dogs"]



def test_a_heading_that_names_a_family_of_kinds_keeps_its_glossary() -> None:
    text = (
        "# Canids\n\n## The dog family\n\n"
        "### Wolf\nThe largest wild member of the family, living in packs that hunt large prey.\n\n"
        "### Red fox\nA small solitary canid with a bushy tail, found across the northern hemisphere.\n\n"
        "### Dhole\nA reddish Asian wild dog that hunts in packs and whistles to keep in touch.\n"
    )
    assert answers(text, "Animals/Canids.md") == ["Wolf", "Red fox", "Dhole"]
    # Under "## Team", sections whose headings are no names are roles, and still a glossary.
    roles = text.replace("## The dog family", "## Team").replace("### Wolf", "### Goal keeper")
    assert "Red fox" in answers(roles, "Animals/Canids.md")


def test_a_heading_that_counts_kinds_is_no_term_of_its_section() -> None:
    text = (
        "# Chimie — cours 4\n\n"
        "## Deux types\n- **smog acide** : fumées du charbon et brouillard, en hiver froid et humide\n\n"
        "## Définitions\n- inversion de température : couche d'air chaud au-dessus d'une couche d'air froid\n\n"
        "## Santé\n- irritation des yeux, asthme, baisse de la fonction pulmonaire\n"
    )
    found = answers(text, "Chimie/Cours 4.md")
    assert "Deux types" not in found and "Santé" not in found



def test_people_named_with_apostrophes_hyphens_or_roles_are_still_people() -> None:
    text = (
        "# Payments squad\n\n## The team\n\n"
        "### Dana O'Brien\nbackend, owns the billing service and the invoice exports\n\n"
        "### Jean-Luc Martin\nfrontend lead, moved from the mobile team in March\n\n"
        "### Priya (PM)\nruns planning, the roadmap and the weekly demo\n"
    )
    assert answers(text, "Work/Payments squad.md") == []



def test_a_kinds_members_glossed_after_their_notation_in_code() -> None:
    """Under "Types of ...": a member's notation in code opens its section before the gloss
    ("`169.254.0.0/16`. Self-assigned when DHCP fails ..."), and the gloss is the sentence after it."""
    note = (
        "# Types of IPv4 addresses\n#ipv4 #networking\n\nBroadcast exists here. Classes are history.\n\n"
        "### Private\n`10.0.0.0/8`. Not routed on the internet, the usual \"home network\" range. Typical split: one /24 per site.\n\n"
        "### Loopback\n`127.0.0.0/8`. Valid only inside the host, never leaves it. Every stack has one.\n\n"
        "### Link-local\n`169.254.0.0/16`. Self-assigned when DHCP fails. RFC 3927.\n\n"
        "### Multicast\n`224.0.0.0/4`. One-to-many. `224.0.0.1` = all hosts on the link.\n\n"
        "### Broadcast\nNo separate prefix — the all-ones host part of a subnet; packets go to every host on it.\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Net/IPv4 address types.md").candidates}
    assert {"Private", "Loopback", "Link-local", "Broadcast"} <= set(found)
    assert found["Link-local"] == "{{c1::Link-local}}: Self-assigned when DHCP fails."
    assert "No separate prefix" not in found


def test_a_members_gloss_of_a_word_or_two_goes_on_into_its_next_sentence() -> None:
    note = (
        "# Chess pieces\n\n## Kinds of pieces\n\n"
        "### King\nThe target. Moves one square in any direction and must never be left in check. Castles once.\n\n"
        "### Rook\nMoves any number of squares along a rank or a file. Worth five pawns.\n\n"
        "### Bishop\nMoves diagonally, any distance. Stays on one colour.\n\n- pawns: the rest\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Chess/Chess pieces.md").candidates}
    assert found["King"].startswith("{{c1::King}}: The target. Moves one square")
