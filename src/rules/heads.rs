//! Head nouns of institution names, with their singular forms, and adjective agreement.
//!
//! The table was generated from SGJP (through Morfeusz 2, dictionary pl.sgjp.sgjp-2026.06.01,
//! BSD-2-Clause, see gazetteers/LICENSES) by listing the singular forms of each head noun.

use crate::hash::{FxHashMap, FxHashSet};
use crate::lexicon::{Cases, Gram};
use std::sync::LazyLock;

use crate::lexicon::entry::case_bits::*;

type Forms = &'static [(&'static str, u8)];

/// (base form, gender, singular forms with their cases): the shape of every noun table.
pub(crate) type NounTable = &'static [(&'static str, Gram, Forms)];

/// (base form, gender, singular forms with their cases).
#[rustfmt::skip]
const HEADS: NounTable = &[
    ("urząd", Gram::M, &[("urząd", NOM | ACC), ("urzędu", GEN), ("urzędowi", DAT), ("urzędem", INST), ("urzędzie", LOC | VOC)]),
    ("ministerstwo", Gram::N, &[("ministerstwo", NOM | ACC | VOC), ("ministerstwa", GEN), ("ministerstwu", DAT), ("ministerstwem", INST), ("ministerstwie", LOC)]),
    ("departament", Gram::M, &[("departament", NOM | ACC), ("departamentu", GEN), ("departamentowi", DAT), ("departamentem", INST), ("departamencie", LOC | VOC)]),
    ("wydział", Gram::M, &[("wydział", NOM | ACC), ("wydziału", GEN), ("wydziałowi", DAT), ("wydziałem", INST), ("wydziale", LOC | VOC)]),
    ("biuro", Gram::N, &[("biuro", NOM | ACC | VOC), ("biura", GEN), ("biuru", DAT), ("biurem", INST), ("biurze", LOC)]),
    ("szpital", Gram::M, &[("szpital", NOM | ACC), ("szpitala", GEN), ("szpitalowi", DAT), ("szpitalem", INST), ("szpitalu", LOC | VOC)]),
    ("uniwersytet", Gram::M, &[("uniwersytet", NOM | ACC), ("uniwersytetu", GEN), ("uniwersytetowi", DAT), ("uniwersytetem", INST), ("uniwersytecie", LOC | VOC)]),
    ("politechnika", Gram::F, &[("politechnika", NOM), ("politechniki", GEN), ("politechnice", DAT | LOC), ("politechnikę", ACC), ("politechniką", INST), ("politechniko", VOC)]),
    ("akademia", Gram::F, &[("akademia", NOM), ("akademii", GEN | DAT | LOC), ("akademię", ACC), ("akademią", INST), ("akademio", VOC)]),
    ("instytut", Gram::M, &[("instytut", NOM | ACC), ("instytutu", GEN), ("instytutowi", DAT), ("instytutem", INST), ("instytucie", LOC | VOC)]),
    ("centrum", Gram::N, &[("centrum", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("fundacja", Gram::F, &[("fundacja", NOM), ("fundacji", GEN | DAT | LOC), ("fundację", ACC), ("fundacją", INST), ("fundacjo", VOC)]),
    ("stowarzyszenie", Gram::N, &[("stowarzyszenie", NOM | ACC | VOC), ("stowarzyszenia", GEN), ("stowarzyszeniu", DAT | LOC), ("stowarzyszeniem", INST)]),
    ("związek", Gram::M, &[("związek", NOM | ACC), ("związku", GEN | LOC | VOC), ("związkowi", DAT), ("związkiem", INST)]),
    ("klaster", Gram::M, &[("klaster", NOM | ACC), ("klastera", GEN), ("klastra", GEN), ("klasterowi", DAT), ("klastrowi", DAT), ("klasterem", INST), ("klastrem", INST), ("klasterze", LOC | VOC), ("klastrze", LOC | VOC)]),
    ("spółka", Gram::F, &[("spółka", NOM), ("spółki", GEN), ("spółce", DAT | LOC), ("spółkę", ACC), ("spółką", INST), ("spółko", VOC)]),
    ("sąd", Gram::M, &[("sąd", NOM | ACC), ("sądu", GEN), ("sądowi", DAT), ("sądem", INST), ("sądzie", LOC | VOC)]),
    ("prokuratura", Gram::F, &[("prokuratura", NOM), ("prokuratury", GEN), ("prokuraturze", DAT | LOC), ("prokuraturę", ACC), ("prokuraturą", INST), ("prokuraturo", VOC)]),
    ("komenda", Gram::F, &[("komenda", NOM), ("komendy", GEN), ("komendzie", DAT | LOC), ("komendę", ACC), ("komendą", INST), ("komendo", VOC)]),
    ("rada", Gram::F, &[("rada", NOM), ("rady", GEN), ("radzie", DAT | LOC), ("radę", ACC), ("radą", INST), ("rado", VOC)]),
    ("zarząd", Gram::M, &[("zarząd", NOM | ACC), ("zarządu", GEN), ("zarządowi", DAT), ("zarządem", INST), ("zarządzie", LOC | VOC)]),
    ("konwent", Gram::M, &[("konwent", NOM | ACC), ("konwentu", GEN), ("konwentowi", DAT), ("konwentem", INST), ("konwencie", LOC | VOC)]),
    ("izba", Gram::F, &[("izba", NOM), ("izby", GEN), ("izbie", DAT | LOC), ("izbę", ACC), ("izbą", INST), ("izbo", VOC)]),
    ("agencja", Gram::F, &[("agencja", NOM), ("agencji", GEN | DAT | LOC), ("agencję", ACC), ("agencją", INST), ("agencjo", VOC)]),
    ("kancelaria", Gram::F, &[("kancelaria", NOM), ("kancelarii", GEN | DAT | LOC), ("kancelarię", ACC), ("kancelarią", INST), ("kancelario", VOC)]),
    ("starostwo", Gram::N, &[("starostwo", NOM | ACC | VOC), ("starostwa", GEN), ("starostwu", DAT), ("starostwem", INST), ("starostwie", LOC)]),
    ("partia", Gram::F, &[("partia", NOM), ("partii", GEN | DAT | LOC), ("partię", ACC), ("partią", INST), ("partio", VOC)]),
    ("panel", Gram::M, &[("panel", NOM | ACC), ("panelu", GEN | LOC | VOC), ("panelowi", DAT), ("panelem", INST)]),
    ("sieć", Gram::F, &[("sieć", NOM | ACC), ("sieci", GEN | DAT | LOC | VOC), ("siecią", INST)]),
    ("bank", Gram::M, &[("bank", NOM | ACC), ("banku", GEN | LOC | VOC), ("bankowi", DAT), ("bankiem", INST)]),
    ("fundusz", Gram::M, &[("fundusz", NOM | ACC), ("funduszu", GEN | LOC | VOC), ("funduszowi", DAT), ("funduszem", INST)]),
    ("zakład", Gram::M, &[("zakład", NOM | ACC), ("zakładu", GEN), ("zakładowi", DAT), ("zakładem", INST), ("zakładzie", LOC | VOC)]),
    ("szkoła", Gram::F, &[("szkoła", NOM), ("szkoły", GEN), ("szkole", DAT | LOC), ("szkołę", ACC), ("szkołą", INST), ("szkoło", VOC)]),
    ("liceum", Gram::N, &[("liceum", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("technikum", Gram::N, &[("technikum", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("przedszkole", Gram::N, &[("przedszkole", NOM | ACC | VOC), ("przedszkola", GEN), ("przedszkolu", DAT | LOC), ("przedszkolem", INST)]),
    ("muzeum", Gram::N, &[("muzeum", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("teatr", Gram::M, &[("teatr", NOM | ACC), ("teatru", GEN), ("teatrowi", DAT), ("teatrem", INST), ("teatrze", LOC | VOC)]),
    ("filharmonia", Gram::F, &[("filharmonia", NOM), ("filharmonii", GEN | DAT | LOC), ("filharmonię", ACC), ("filharmonią", INST), ("filharmonio", VOC)]),
    ("galeria", Gram::F, &[("galeria", NOM), ("galerii", GEN | DAT | LOC), ("galerię", ACC), ("galerią", INST), ("galerio", VOC)]),
    ("biblioteka", Gram::F, &[("biblioteka", NOM), ("biblioteki", GEN), ("bibliotece", DAT | LOC), ("bibliotekę", ACC), ("biblioteką", INST), ("biblioteko", VOC)]),
    ("ośrodek", Gram::M, &[("ośrodek", NOM | ACC), ("ośrodka", GEN), ("ośrodkowi", DAT), ("ośrodkiem", INST), ("ośrodku", LOC | VOC)]),
    ("inspektorat", Gram::M, &[("inspektorat", NOM | ACC), ("inspektoratu", GEN), ("inspektoratowi", DAT), ("inspektoratem", INST), ("inspektoracie", LOC | VOC)]),
    ("inspekcja", Gram::F, &[("inspekcja", NOM), ("inspekcji", GEN | DAT | LOC), ("inspekcję", ACC), ("inspekcją", INST), ("inspekcjo", VOC)]),
    ("straż", Gram::F, &[("straż", NOM | ACC), ("straży", GEN | DAT | LOC | VOC), ("strażą", INST)]),
    ("trybunał", Gram::M, &[("trybunał", NOM | ACC), ("trybunału", GEN), ("trybunałowi", DAT), ("trybunałem", INST), ("trybunale", LOC | VOC)]),
    ("komisja", Gram::F, &[("komisja", NOM), ("komisji", GEN | DAT | LOC), ("komisję", ACC), ("komisją", INST), ("komisjo", VOC)]),
    ("komitet", Gram::M, &[("komitet", NOM | ACC), ("komitetu", GEN), ("komitetowi", DAT), ("komitetem", INST), ("komitecie", LOC | VOC)]),
    ("stronnictwo", Gram::N, &[("stronnictwo", NOM | ACC | VOC), ("stronnictwa", GEN), ("stronnictwu", DAT), ("stronnictwem", INST), ("stronnictwie", LOC)]),
    ("ruch", Gram::M, &[("ruch", NOM | ACC), ("ruchu", GEN | LOC | VOC), ("ruchowi", DAT), ("ruchem", INST)]),
    ("porozumienie", Gram::N, &[("porozumienie", NOM | ACC | VOC), ("porozumienia", GEN), ("porozumieniu", DAT | LOC), ("porozumieniem", INST)]),
    ("federacja", Gram::F, &[("federacja", NOM), ("federacji", GEN | DAT | LOC), ("federację", ACC), ("federacją", INST), ("federacjo", VOC)]),
    ("kongres", Gram::M, &[("kongres", NOM | ACC), ("kongresu", GEN), ("kongresowi", DAT), ("kongresem", INST), ("kongresie", LOC | VOC)]),
    ("senat", Gram::M, &[("senat", NOM | ACC), ("senatu", GEN), ("senatowi", DAT), ("senatem", INST), ("senacie", LOC | VOC)]),
    ("sejm", Gram::M, &[("sejm", NOM | ACC), ("sejmu", GEN), ("sejmowi", DAT), ("sejmem", INST), ("sejmie", LOC | VOC)]),
    ("parlament", Gram::M, &[("parlament", NOM | ACC), ("parlamentu", GEN), ("parlamentowi", DAT), ("parlamentem", INST), ("parlamencie", LOC | VOC)]),
    ("kolegium", Gram::N, &[("kolegium", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("gimnazjum", Gram::N, &[("gimnazjum", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("instytucja", Gram::F, &[("instytucja", NOM), ("instytucji", GEN | DAT | LOC), ("instytucję", ACC), ("instytucją", INST), ("instytucjo", VOC)]),
    ("przedsiębiorstwo", Gram::N, &[("przedsiębiorstwo", NOM | ACC | VOC), ("przedsiębiorstwa", GEN), ("przedsiębiorstwu", DAT), ("przedsiębiorstwem", INST), ("przedsiębiorstwie", LOC)]),
    ("koncern", Gram::M, &[("koncern", NOM | ACC), ("koncernu", GEN), ("koncernowi", DAT), ("koncernem", INST), ("koncernie", LOC | VOC)]),
    ("grupa", Gram::F, &[("grupa", NOM), ("grupy", GEN), ("grupie", DAT | LOC), ("grupę", ACC), ("grupą", INST), ("grupo", VOC)]),
    ("holding", Gram::M, &[("holding", NOM | ACC), ("holdingu", GEN | LOC | VOC), ("holdingowi", DAT), ("holdingiem", INST)]),
    ("korporacja", Gram::F, &[("korporacja", NOM), ("korporacji", GEN | DAT | LOC), ("korporację", ACC), ("korporacją", INST), ("korporacjo", VOC)]),
    ("spółdzielnia", Gram::F, &[("spółdzielnia", NOM), ("spółdzielni", GEN | DAT | LOC), ("spółdzielnię", ACC), ("spółdzielnią", INST), ("spółdzielnio", VOC)]),
    ("dyrekcja", Gram::F, &[("dyrekcja", NOM), ("dyrekcji", GEN | DAT | LOC), ("dyrekcję", ACC), ("dyrekcją", INST), ("dyrekcjo", VOC)]),
    ("wspólnota", Gram::F, &[("wspólnota", NOM), ("wspólnoty", GEN), ("wspólnocie", DAT | LOC), ("wspólnotę", ACC), ("wspólnotą", INST), ("wspólnoto", VOC)]),
    ("oddział", Gram::M, &[("oddział", NOM | ACC), ("oddziału", GEN), ("oddziałowi", DAT), ("oddziałem", INST), ("oddziale", LOC | VOC)]),
    ("delegatura", Gram::F, &[("delegatura", NOM), ("delegatury", GEN), ("delegaturze", DAT | LOC), ("delegaturę", ACC), ("delegaturą", INST), ("delegaturo", VOC)]),
    ("zespół", Gram::M, &[("zespół", NOM | ACC), ("zespołu", GEN), ("zespołowi", DAT), ("zespołem", INST), ("zespole", LOC | VOC)]),
    ("referat", Gram::M, &[("referat", NOM | ACC), ("referatu", GEN), ("referatowi", DAT), ("referatem", INST), ("referacie", LOC | VOC)]),
    ("sekcja", Gram::F, &[("sekcja", NOM), ("sekcji", GEN | DAT | LOC), ("sekcję", ACC), ("sekcją", INST), ("sekcjo", VOC)]),
    ("klinika", Gram::F, &[("klinika", NOM), ("kliniki", GEN), ("klinice", DAT | LOC), ("klinikę", ACC), ("kliniką", INST), ("kliniko", VOC)]),
    ("uczelnia", Gram::F, &[("uczelnia", NOM), ("uczelni", GEN | DAT | LOC), ("uczelnię", ACC), ("uczelnią", INST), ("uczelnio", VOC)]),
    ("seminarium", Gram::N, &[("seminarium", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("katedra", Gram::F, &[("katedra", NOM), ("katedry", GEN), ("katedrze", DAT | LOC), ("katedrę", ACC), ("katedrą", INST), ("katedro", VOC)]),
    ("zakon", Gram::M, &[("zakon", NOM | ACC), ("zakonu", GEN), ("zakonowi", DAT), ("zakonem", INST), ("zakonie", LOC | VOC)]),
    ("parafia", Gram::F, &[("parafia", NOM), ("parafii", GEN | DAT | LOC), ("parafię", ACC), ("parafią", INST), ("parafio", VOC)]),
    ("diecezja", Gram::F, &[("diecezja", NOM), ("diecezji", GEN | DAT | LOC), ("diecezję", ACC), ("diecezją", INST), ("diecezjo", VOC)]),
    ("kuria", Gram::F, &[("kuria", NOM), ("kurii", GEN | DAT | LOC), ("kurię", ACC), ("kurią", INST), ("kurio", VOC)]),
    ("archidiecezja", Gram::F, &[("archidiecezja", NOM), ("archidiecezji", GEN | DAT | LOC), ("archidiecezję", ACC), ("archidiecezją", INST), ("archidiecezjo", VOC)]),
    ("orkiestra", Gram::F, &[("orkiestra", NOM), ("orkiestry", GEN), ("orkiestrze", DAT | LOC), ("orkiestrę", ACC), ("orkiestrą", INST), ("orkiestro", VOC)]),
    ("chór", Gram::M, &[("chór", NOM | ACC), ("chóru", GEN), ("chórowi", DAT), ("chórem", INST), ("chórze", LOC | VOC)]),
    ("klub", Gram::M, &[("klub", NOM | ACC), ("klubu", GEN), ("klubowi", DAT), ("klubem", INST), ("klubie", LOC | VOC)]),
    ("towarzystwo", Gram::N, &[("towarzystwo", NOM | ACC | VOC), ("towarzystwa", GEN), ("towarzystwu", DAT), ("towarzystwem", INST), ("towarzystwie", LOC)]),
    ("organizacja", Gram::F, &[("organizacja", NOM), ("organizacji", GEN | DAT | LOC), ("organizację", ACC), ("organizacją", INST), ("organizacjo", VOC)]),
    ("unia", Gram::F, &[("unia", NOM), ("unii", GEN | DAT | LOC), ("unię", ACC), ("unią", INST), ("unio", VOC)]),
    ("liga", Gram::F, &[("liga", NOM), ("ligi", GEN), ("lidze", DAT | LOC), ("ligę", ACC), ("ligą", INST), ("ligo", VOC)]),
    ("obserwatorium", Gram::N, &[("obserwatorium", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("laboratorium", Gram::N, &[("laboratorium", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("forum", Gram::N, &[("forum", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    // Written by hand in the same shape (singular forms as SGJP gives them).
    ("kuratorium", Gram::N, &[("kuratorium", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("prezydium", Gram::N, &[("prezydium", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("hospicjum", Gram::N, &[("hospicjum", NOM | GEN | DAT | ACC | INST | LOC | VOC)]),
    ("konferencja", Gram::F, &[("konferencja", NOM), ("konferencji", GEN | DAT | LOC), ("konferencję", ACC), ("konferencją", INST), ("konferencjo", VOC)]),
    ("zjednoczenie", Gram::N, &[("zjednoczenie", NOM | ACC | VOC), ("zjednoczenia", GEN), ("zjednoczeniu", DAT | LOC), ("zjednoczeniem", INST)]),
    ("zgromadzenie", Gram::N, &[("zgromadzenie", NOM | ACC | VOC), ("zgromadzenia", GEN), ("zgromadzeniu", DAT | LOC), ("zgromadzeniem", INST)]),
    ("dom", Gram::M, &[("dom", NOM | ACC), ("domu", GEN | LOC | VOC), ("domowi", DAT), ("domem", INST)]),
    ("huta", Gram::F, &[("huta", NOM), ("huty", GEN), ("hucie", DAT | LOC), ("hutę", ACC), ("hutą", INST), ("huto", VOC)]),
    ("kopalnia", Gram::F, &[("kopalnia", NOM), ("kopalni", GEN | DAT | LOC), ("kopalnię", ACC), ("kopalnią", INST), ("kopalnio", VOC)]),
    ("stocznia", Gram::F, &[("stocznia", NOM), ("stoczni", GEN | DAT | LOC), ("stocznię", ACC), ("stocznią", INST), ("stocznio", VOC)]),
    ("elektrownia", Gram::F, &[("elektrownia", NOM), ("elektrowni", GEN | DAT | LOC), ("elektrownię", ACC), ("elektrownią", INST), ("elektrownio", VOC)]),
    ("fabryka", Gram::F, &[("fabryka", NOM), ("fabryki", GEN), ("fabryce", DAT | LOC), ("fabrykę", ACC), ("fabryką", INST), ("fabryko", VOC)]),
    ("wytwórnia", Gram::F, &[("wytwórnia", NOM), ("wytwórni", GEN | DAT | LOC), ("wytwórnię", ACC), ("wytwórnią", INST), ("wytwórnio", VOC)]),
    ("wydawnictwo", Gram::N, &[("wydawnictwo", NOM | ACC | VOC), ("wydawnictwa", GEN), ("wydawnictwu", DAT), ("wydawnictwem", INST), ("wydawnictwie", LOC)]),
    ("telewizja", Gram::F, &[("telewizja", NOM), ("telewizji", GEN | DAT | LOC), ("telewizję", ACC), ("telewizją", INST), ("telewizjo", VOC)]),
    ("radio", Gram::N, &[("radio", NOM | ACC | VOC), ("radia", GEN), ("radiu", DAT | LOC), ("radiem", INST)]),
    ("giełda", Gram::F, &[("giełda", NOM), ("giełdy", GEN), ("giełdzie", DAT | LOC), ("giełdę", ACC), ("giełdą", INST), ("giełdo", VOC)]),
    ("bractwo", Gram::N, &[("bractwo", NOM | ACC | VOC), ("bractwa", GEN), ("bractwu", DAT), ("bractwem", INST), ("bractwie", LOC)]),
    ("ambasada", Gram::F, &[("ambasada", NOM), ("ambasady", GEN), ("ambasadzie", DAT | LOC), ("ambasadę", ACC), ("ambasadą", INST), ("ambasado", VOC)]),
    ("konsulat", Gram::M, &[("konsulat", NOM | ACC), ("konsulatu", GEN), ("konsulatowi", DAT), ("konsulatem", INST), ("konsulacie", LOC | VOC)]),
    ("sejmik", Gram::M, &[("sejmik", NOM | ACC), ("sejmiku", GEN | LOC | VOC), ("sejmikowi", DAT), ("sejmikiem", INST)]),
    ("episkopat", Gram::M, &[("episkopat", NOM | ACC), ("episkopatu", GEN), ("episkopatowi", DAT), ("episkopatem", INST), ("episkopacie", LOC | VOC)]),
    ("nadleśnictwo", Gram::N, &[("nadleśnictwo", NOM | ACC | VOC), ("nadleśnictwa", GEN), ("nadleśnictwu", DAT), ("nadleśnictwem", INST), ("nadleśnictwie", LOC)]),
    ("poradnia", Gram::F, &[("poradnia", NOM), ("poradni", GEN | DAT | LOC), ("poradnię", ACC), ("poradnią", INST), ("poradnio", VOC)]),
    ("przychodnia", Gram::F, &[("przychodnia", NOM), ("przychodni", GEN | DAT | LOC), ("przychodnię", ACC), ("przychodnią", INST), ("przychodnio", VOC)]),
    ("kasa", Gram::F, &[("kasa", NOM), ("kasy", GEN), ("kasie", DAT | LOC), ("kasę", ACC), ("kasą", INST), ("kaso", VOC)]),
    ("dowództwo", Gram::N, &[("dowództwo", NOM | ACC | VOC), ("dowództwa", GEN), ("dowództwu", DAT), ("dowództwem", INST), ("dowództwie", LOC)]),
    ("sztab", Gram::M, &[("sztab", NOM | ACC), ("sztabu", GEN), ("sztabowi", DAT), ("sztabem", INST), ("sztabie", LOC | VOC)]),
    ("brygada", Gram::F, &[("brygada", NOM), ("brygady", GEN), ("brygadzie", DAT | LOC), ("brygadę", ACC), ("brygadą", INST), ("brygado", VOC)]),
    ("pułk", Gram::M, &[("pułk", NOM | ACC), ("pułku", GEN | LOC | VOC), ("pułkowi", DAT), ("pułkiem", INST)]),
    ("dywizja", Gram::F, &[("dywizja", NOM), ("dywizji", GEN | DAT | LOC), ("dywizję", ACC), ("dywizją", INST), ("dywizjo", VOC)]),
    ("batalion", Gram::M, &[("batalion", NOM | ACC), ("batalionu", GEN), ("batalionowi", DAT), ("batalionem", INST), ("batalionie", LOC | VOC)]),
    ("kościół", Gram::M, &[("kościół", NOM | ACC), ("kościoła", GEN), ("kościołowi", DAT), ("kościołem", INST), ("kościele", LOC | VOC)]),
    ("piekarnia", Gram::F, &[("piekarnia", NOM), ("piekarni", GEN | DAT | LOC), ("piekarnię", ACC), ("piekarnią", INST), ("piekarnio", VOC)]),
    ("cukiernia", Gram::F, &[("cukiernia", NOM), ("cukierni", GEN | DAT | LOC), ("cukiernię", ACC), ("cukiernią", INST), ("cukiernio", VOC)]),
    ("gazownia", Gram::F, &[("gazownia", NOM), ("gazowni", GEN | DAT | LOC), ("gazownię", ACC), ("gazownią", INST), ("gazownio", VOC)]),
    ("ciepłownia", Gram::F, &[("ciepłownia", NOM), ("ciepłowni", GEN | DAT | LOC), ("ciepłownię", ACC), ("ciepłownią", INST), ("ciepłownio", VOC)]),
    ("drukarnia", Gram::F, &[("drukarnia", NOM), ("drukarni", GEN | DAT | LOC), ("drukarnię", ACC), ("drukarnią", INST), ("drukarnio", VOC)]),
    ("księgarnia", Gram::F, &[("księgarnia", NOM), ("księgarni", GEN | DAT | LOC), ("księgarnię", ACC), ("księgarnią", INST), ("księgarnio", VOC)]),
    ("hurtownia", Gram::F, &[("hurtownia", NOM), ("hurtowni", GEN | DAT | LOC), ("hurtownię", ACC), ("hurtownią", INST), ("hurtownio", VOC)]),
    ("masarnia", Gram::F, &[("masarnia", NOM), ("masarni", GEN | DAT | LOC), ("masarnię", ACC), ("masarnią", INST), ("masarnio", VOC)]),
    ("uzdrowisko", Gram::N, &[("uzdrowisko", NOM | ACC | VOC), ("uzdrowiska", GEN), ("uzdrowisku", DAT | LOC), ("uzdrowiskiem", INST)]),
    ("apteka", Gram::F, &[("apteka", NOM), ("apteki", GEN), ("aptece", DAT | LOC), ("aptekę", ACC), ("apteką", INST), ("apteko", VOC)]),
    ("skarb", Gram::M, &[("skarb", NOM | ACC), ("skarbu", GEN), ("skarbowi", DAT), ("skarbem", INST), ("skarbie", LOC | VOC)]),
    ("opera", Gram::F, &[("opera", NOM), ("opery", GEN), ("operze", DAT | LOC), ("operę", ACC), ("operą", INST), ("opero", VOC)]),
];

/// Heads that name one institution on their own, without a complement ("Sejm", "Senat").
const STANDALONE: &[&str] = &["sejm", "senat", "parlament", "policja", "komisja", "unia", "wspólnota", "kościół"];

/// Heads that name an institution only on their own: with a name after them they are a
/// building ("Kościół Mariacki" is a place).
pub(crate) const STANDALONE_ONLY: &[&str] = &["kościół"];

/// An institution head noun form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Head {
    pub lemma: &'static str,
    pub gender: Gram,
    pub cases: Cases,
    pub standalone: bool,
}

/// Head forms indexed once: looked up for nearly every capitalised token.
static HEAD_INDEX: LazyLock<FxHashMap<&'static str, Head>> = LazyLock::new(|| index_forms(HEADS, STANDALONE));

/// A noun table indexed by form. A form shared by two lemmas keeps the first, with all the
/// cases it has for it.
pub(crate) fn index_forms(table: NounTable, standalone: &[&str]) -> FxHashMap<&'static str, Head> {
    let mut m: FxHashMap<&'static str, Head> = FxHashMap::default();
    for &(lemma, gender, forms) in table {
        for &(form, cases) in forms {
            let h = m.entry(form).or_insert(Head {
                lemma,
                gender,
                cases: Cases(0),
                standalone: standalone.contains(&lemma),
            });
            if h.lemma == lemma {
                h.cases = Cases(h.cases.0 | cases);
            }
        }
    }
    m
}

/// The head noun reading of a lower-cased word, if it is one.
pub(crate) fn head(word_lower: &str) -> Option<Head> {
    HEAD_INDEX.get(word_lower).copied()
}

/// The nominative of a head form ("urzędu" → "urząd").
#[cfg(test)]
pub(crate) fn head_lemma(word_lower: &str) -> Option<&'static str> {
    head(word_lower).map(|h| h.lemma)
}

/// Adjective endings by case, for each gender, most specific first.
const ADJ_ENDINGS: &[(&str, Gram, u8)] = &[
    ("kiego", Gram::M, GEN | ACC),
    ("kiemu", Gram::M, DAT),
    ("kim", Gram::M, INST | LOC),
    ("ego", Gram::M, GEN | ACC),
    ("emu", Gram::M, DAT),
    ("ym", Gram::M, INST | LOC),
    ("im", Gram::M, INST | LOC),
    ("kiego", Gram::N, GEN),
    ("kiemu", Gram::N, DAT),
    ("kim", Gram::N, INST | LOC),
    ("ego", Gram::N, GEN),
    ("emu", Gram::N, DAT),
    ("ym", Gram::N, INST | LOC),
    ("im", Gram::N, INST | LOC),
    ("kiej", Gram::F, GEN | DAT | LOC),
    ("ej", Gram::F, GEN | DAT | LOC),
    ("ą", Gram::F, ACC | INST),
];

/// True for a word that looks like an adjective in one of the cases (by its ending).
pub(crate) fn is_adjective_form(word_lower: &str, gender: Gram, cases: Cases) -> bool {
    adjective_nominative(word_lower, gender, cases).is_some()
        || (cases.has_nom() && nominative_adjective(word_lower, gender))
}

fn nominative_adjective(w: &str, gender: Gram) -> bool {
    match gender {
        Gram::M => w.ends_with('y') || w.ends_with("ki") || w.ends_with("gi"),
        Gram::F => {
            w.ends_with('a')
                && (w.ends_with("ska")
                    || w.ends_with("cka")
                    || w.ends_with("wa")
                    || w.ends_with("na")
                    || w.ends_with("ta")
                    || w.ends_with("ła")
                    || w.ends_with("ra")
                    || w.ends_with("ża")
                    || w.ends_with("dzka"))
        }
        Gram::N | Gram::P => {
            w.ends_with("ie")
                || w.ends_with("we")
                || w.ends_with("ne")
                || w.ends_with("te")
                || w.ends_with("łe")
                || w.ends_with("re")
        }
    }
}

/// The nominative singular of an adjective form agreeing with a head of `gender` in `cases`:
/// "marszałkowskiego" (m) → "marszałkowski", "lubelskiego" (n) → "lubelskie",
/// "komputerowej" (f) → "komputerowa".
pub(crate) fn adjective_nominative(word_lower: &str, gender: Gram, cases: Cases) -> Option<String> {
    let g = if gender == Gram::P { Gram::N } else { gender };
    let &(end, _, _) =
        ADJ_ENDINGS.iter().find(|(end, eg, c)| *eg == g && Cases(*c).meets(cases) && word_lower.ends_with(end))?;
    let mut stem = &word_lower[..word_lower.len() - end.len()];
    // "długiej", "długiego": the -i- after g and k is the ending's ("długa", "długi").
    if !end.starts_with('k') && (stem.ends_with("gi") || stem.ends_with("ki")) {
        stem = &stem[..stem.len() - 1];
    }
    if stem.chars().count() < 2 {
        return None;
    }
    // After k and g the nominative keeps the softening -i-: "marszałkowski", "drogi".
    let soft = end.starts_with('k') || stem.ends_with('k') || stem.ends_with('g');
    let stem = if end.starts_with('k') { format!("{stem}k") } else { stem.to_owned() };
    Some(match g {
        Gram::M => format!("{stem}{}", if soft { "i" } else { "y" }),
        Gram::F => format!("{stem}a"),
        _ => format!("{stem}{}", if soft { "ie" } else { "e" }),
    })
}

/// Lower-case nouns that introduce an organisation's own name: "firmy Elektroland", "klubu
/// Legia", "dziennika „Rzeczpospolita”" (singular forms, generated from SGJP like `HEADS`).
#[rustfmt::skip]
const ORG_TYPE_FORMS: &[&str] = &[
    "firma", "firmie", "firmo", "firmy", "firmą", "firmę", "spółce", "spółka", "spółki", "spółko", "spółką", "spółkę", "koncern", "koncernem", "koncernie", "koncernowi", "koncernu", "sieci", "siecią", "sieć", "grupa", "grupie", "grupo", "grupy", "grupą", "grupę", "klub", "klubem", "klubie", "klubowi", "klubu", "zespole", "zespołem", "zespołowi", "zespołu", "zespół", "wydawnictwa", "wydawnictwem", "wydawnictwie", "wydawnictwo", "wydawnictwu", "agencja", "agencji", "agencjo", "agencją", "agencję", "holding", "holdingiem", "holdingowi", "holdingu", "producencie", "producent", "producenta", "producentem", "producentowi", "operator", "operatora", "operatorem", "operatorowi", "operatorze", "bank", "bankiem", "bankowi", "banku", "partia", "partii", "partio", "partią", "partię", "stowarzyszenia", "stowarzyszenie", "stowarzyszeniem", "stowarzyszeniu", "fundacja", "fundacji", "fundacjo", "fundacją", "fundację", "drużyna", "drużynie", "drużyno", "drużyny", "drużyną", "drużynę", "gazecie", "gazeta", "gazeto", "gazety", "gazetą", "gazetę", "dziennik", "dziennika", "dziennikiem", "dziennikowi", "dzienniku", "tygodnik", "tygodnika", "tygodnikiem", "tygodnikowi", "tygodniku", "miesięcznik", "miesięcznika", "miesięcznikiem", "miesięcznikowi", "miesięczniku", "stacja", "stacji", "stacjo", "stacją", "stację", "telewizja", "telewizji", "telewizjo", "telewizją", "telewizję", "radia", "radiem", "radio", "radiu", "hipermarkecie", "hipermarket", "hipermarketem", "hipermarketowi", "hipermarketu", "supermarkecie", "supermarket", "supermarketem", "supermarketowi", "supermarketu", "przedsiębiorstwa", "przedsiębiorstwem", "przedsiębiorstwie", "przedsiębiorstwo", "przedsiębiorstwu", "korporacja", "korporacji", "korporacjo", "korporacją", "korporację", "organizacja", "organizacji", "organizacjo", "organizacją", "organizację", "związek", "związkiem", "związkowi", "związku", "towarzystwa", "towarzystwem", "towarzystwie", "towarzystwo", "towarzystwu", "fabryce", "fabryka", "fabryki", "fabryko", "fabryką", "fabrykę", "hucie", "huta", "huto", "huty", "hutą", "hutę", "kopalni", "kopalnia", "kopalnio", "kopalnią", "kopalnię", "stoczni", "stocznia", "stocznio", "stocznią", "stocznię", "browar", "browara", "browarem", "browarowi", "browaru", "browarze", "marce", "marka", "marki", "marko", "marką", "markę", "teatr", "teatrem", "teatrowi", "teatru", "teatrze", "kabarecie", "kabaret", "kabaretem", "kabaretowi", "kabaretu", "orkiestra", "orkiestro", "orkiestry", "orkiestrze", "orkiestrą", "orkiestrę", "formacja", "formacji", "formacjo", "formacją", "formację", "ugrupowania", "ugrupowanie", "ugrupowaniem", "ugrupowaniu", "koalicja", "koalicji", "koalicjo", "koalicją", "koalicję", "portal", "portalem", "portalowi", "portalu", "serwis", "serwisem", "serwisie", "serwisowi", "serwisu", "magazyn", "magazynem", "magazynie", "magazynowi", "magazynu", "pisma", "pismem", "pismo", "pismu", "piśmie",
];

static ORG_TYPES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| ORG_TYPE_FORMS.iter().copied().collect());

/// True for a lower-case organisation type noun form ("firmy", "klubem").
pub(crate) fn is_org_type(word_lower: &str) -> bool {
    ORG_TYPES.contains(word_lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_and_agreement() {
        assert_eq!(head_lemma("urzędu"), Some("urząd"));
        assert_eq!(head_lemma("konwencie"), Some("konwent"));
        assert_eq!(head_lemma("sieci"), Some("sieć"));
        assert_eq!(head_lemma("dyrektor"), None);
        assert_eq!(adjective_nominative("marszałkowskiego", Gram::M, Cases::GEN).as_deref(), Some("marszałkowski"));
        assert_eq!(adjective_nominative("regionalnego", Gram::M, Cases::GEN).as_deref(), Some("regionalny"));
        assert_eq!(adjective_nominative("lubelskiego", Gram::N, Cases::GEN).as_deref(), Some("lubelskie"));
        assert_eq!(adjective_nominative("komputerowej", Gram::F, Cases::GEN).as_deref(), Some("komputerowa"));
        assert_eq!(adjective_nominative("akademickiej", Gram::F, Cases::GEN).as_deref(), Some("akademicka"));
        assert_eq!(adjective_nominative("długiej", Gram::F, Cases::GEN).as_deref(), Some("długa"));
        assert_eq!(adjective_nominative("drogiego", Gram::M, Cases::GEN).as_deref(), Some("drogi"));
        assert_eq!(adjective_nominative("państwowego", Gram::M, Cases::GEN).as_deref(), Some("państwowy"));
        assert_eq!(adjective_nominative("rozwoju", Gram::M, Cases::GEN), None);
    }
}
