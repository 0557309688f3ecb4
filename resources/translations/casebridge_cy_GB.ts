<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer with exhibits</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ateb gydag arddangosion</translation>
    </message>
    <message>
        <source>Which exhibits answer: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pa arddangosion sy&apos;n ateb: %1</translation>
    </message>
    <message>
        <source>Exhibits of the case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arddangosion yr achos</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ateb</translation>
    </message>
</context>
<context>
    <name>ArrangeDialog</name>
    <message>
        <source>Arrange the bundle of %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trefnu bwndel %1</translation>
    </message>
    <message>
        <source>Documents in bundle order</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dogfennau yn nhrefn y bwndel</translation>
    </message>
    <message>
        <source>Section of the selected document</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adran y ddogfen a ddewiswyd</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Symud i &amp;lawr</translation>
    </message>
    <message>
        <source>&amp;Leave out / include</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Gadael allan / cynnwys</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ailosod i&apos;r drefn arferol</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">A&amp;dran:</translation>
    </message>
    <message>
        <source>  (left out)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">  (wedi&apos;i gadael allan)</translation>
    </message>
</context>
<context>
    <name>BundlePanel</name>
    <message>
        <source>Bundle for</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Bwndel ar gyfer</translation>
    </message>
    <message>
        <source>Defence / court</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Amddiffyniad / llys</translation>
    </message>
    <message>
        <source>CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">CPS</translation>
    </message>
    <message>
        <source>Police</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heddlu</translation>
    </message>
    <message>
        <source>B&amp;uild bundle</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ad&amp;eiladu bwndel</translation>
    </message>
    <message>
        <source>Build a new bundle version</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adeiladu fersiwn newydd o&apos;r bwndel</translation>
    </message>
    <message>
        <source>A&amp;rrange…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">T&amp;refnu…</translation>
    </message>
    <message>
        <source>Arrange the case&apos;s bundle: order, sections, left out</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trefnu bwndel yr achos: trefn, adrannau, wedi&apos;u gadael allan</translation>
    </message>
    <message>
        <source>Mark &amp;served</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodi wedi&apos;i gyflw&amp;yno</translation>
    </message>
    <message>
        <source>Mark the shown version served: its page references freeze</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodi bod y fersiwn a ddangosir wedi&apos;i chyflwyno: mae ei chyfeirnodau tudalen yn rhewi</translation>
    </message>
    <message>
        <source>Compare with &amp;previous</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymharu â&apos;r un &amp;blaenorol</translation>
    </message>
    <message>
        <source>Compare the shown version with the one before</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymharu&apos;r fersiwn a ddangosir â&apos;r un cynt</translation>
    </message>
    <message>
        <source>Bundle versions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fersiynau&apos;r bwndel</translation>
    </message>
    <message>
        <source>Bundle index</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mynegai&apos;r bwndel</translation>
    </message>
    <message>
        <source>Enter: go to the document&apos;s first page.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enter: mynd i dudalen gyntaf y ddogfen.</translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">A&amp;gor eitem</translation>
    </message>
    <message>
        <source>Changes between versions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Newidiadau rhwng fersiynau</translation>
    </message>
    <message>
        <source>Bundle status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws y bwndel</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Bwndel</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyn&amp;ulleidfa:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fersiynau</translation>
    </message>
    <message>
        <source>served %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">cyflwynwyd %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 document(s)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fersiwn %1 · %2 dogfen</translation>
    </message>
    <message>
        <source>Served: page references frozen.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gyflwyno: cyfeirnodau tudalen wedi&apos;u rhewi.</translation>
    </message>
    <message>
        <source>Not served yet.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb ei gyflwyno eto.</translation>
    </message>
    <message>
        <source>%1 is a form: it is shown here in the bundle.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffurflen yw %1: fe&apos;i dangosir yma yn y bwndel.</translation>
    </message>
    <message>
        <source>Building…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn adeiladu…</translation>
    </message>
    <message>
        <source>Arrangement saved: build again to apply it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trefn wedi&apos;i chadw: adeiladwch eto i&apos;w defnyddio.</translation>
    </message>
    <message>
        <source>There is no earlier version to compare with.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oes fersiwn gynharach i&apos;w chymharu â hi.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dim newidiadau.</translation>
    </message>
    <message>
        <source>Open the served version of the selected exhibit on the Evidence tab</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor y fersiwn a gyflwynwyd o&apos;r arddangosyn a ddewiswyd ar y tab Tystiolaeth</translation>
    </message>
    <message>
        <source>Left out for this audience, with the reason</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb eu cynnwys i&apos;r gynulleidfa hon, gyda&apos;r rheswm</translation>
    </message>
    <message>
        <source>Withheld values found by the leak scan</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Manylion cudd a ganfuwyd gan y sgan gollyngiadau</translation>
    </message>
    <message>
        <source>Enter: show the page in the bundle as it would have been.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enter: dangos y dudalen yn y bwndel fel y byddai wedi bod.</translation>
    </message>
    <message>
        <source>&amp;Go to page</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mynd i&apos;r dudalen</translation>
    </message>
    <message>
        <source>Show the page carrying the selected withheld value</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dangos y dudalen sy&apos;n cynnwys y manylyn cudd a ddewiswyd</translation>
    </message>
    <message>
        <source>Index, left out and withheld values</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mynegai, heb eu cynnwys a manylion cudd</translation>
    </message>
    <message>
        <source>Bundle lists</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhestrau&apos;r bwndel</translation>
    </message>
    <message>
        <source>Inde&amp;x</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Mynegai</translation>
    </message>
    <message>
        <source>&amp;Left out</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hepgor&amp;wyd</translation>
    </message>
    <message>
        <source>&amp;Left out (%1)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hepgor&amp;wyd (%1)</translation>
    </message>
    <message>
        <source>Not made: the %1 bundle carries %2 withheld value(s). Nothing was saved, and it cannot be served. Redact each at its source (or correct the case file), then build again.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb ei wneud: mae bwndel %1 yn cynnwys %2 manylyn cudd. Ni chadwyd dim, ac ni ellir ei gyflwyno. Golygwch bob un yn ei ffynhonnell (neu cywirwch ffeil yr achos), yna adeiladwch eto.</translation>
    </message>
    <message>
        <source>Version %1 built: %2 document(s); %3 left out for this audience (see Left out). No withheld value found.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fersiwn %1 wedi&apos;i hadeiladu: %2 dogfen; %3 heb eu cynnwys i&apos;r gynulleidfa hon (gweler Heb eu cynnwys). Ni chanfuwyd manylyn cudd.</translation>
    </message>
    <message>
        <source>Bundle profile</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Proffil y bwndel</translation>
    </message>
    <message>
        <source>The court&apos;s rules the bundle follows: its sections, page numbering and pre-flight checks.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheolau&apos;r llys y mae&apos;r bwndel yn eu dilyn: ei adrannau, rhifo&apos;r tudalennau a&apos;r gwiriadau cyn anfon.</translation>
    </message>
    <message>
        <source>Pre-flight findings: errors stop serving</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canfyddiadau&apos;r gwiriad cyn anfon: mae gwallau&apos;n atal cyflwyno</translation>
    </message>
    <message>
        <source>Enter: show the page of the finding.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enter: dangos tudalen y canfyddiad.</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pro&amp;ffil:</translation>
    </message>
    <message>
        <source>Pre-flig&amp;ht</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwiriad cyn a&amp;nfon</translation>
    </message>
    <message>
        <source>Casebridge classic (A–F, B-12)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Casebridge clasurol (A–F, B-12)</translation>
    </message>
    <message>
        <source>Crown Court DCS (J exhibits, K transcripts)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">DCS Llys y Goron (J arddangosion, K trawsgrifiadau)</translation>
    </message>
    <message>
        <source>Court e-bundle (page = PDF page)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">E-fwndel llys (tudalen = tudalen PDF)</translation>
    </message>
    <message>
        <source>Digital jury bundle</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Bwndel digidol i&apos;r rheithgor</translation>
    </message>
    <message>
        <source>page %1: </source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">tudalen %1: </translation>
    </message>
    <message>
        <source>part %1, </source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">rhan %1, </translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwall</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Rhybudd</translation>
    </message>
    <message>
        <source>Pre-flig&amp;ht (%1 errors)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyn a&amp;nfon (%1 gwall)</translation>
    </message>
    <message>
        <source>Pre-flig&amp;ht (%1)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyn a&amp;nfon (%1)</translation>
    </message>
    <message>
        <source>No bundle built for this audience and profile yet.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Does dim bwndel wedi&apos;i adeiladu i&apos;r gynulleidfa a&apos;r proffil hwn eto.</translation>
    </message>
    <message>
        <source>The pre-flight found %1 error(s): it cannot be served until they are put right.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cafodd y gwiriad cyn anfon hyd i %1 gwall: ni ellir ei gyflwyno nes eu cywiro.</translation>
    </message>
    <message>
        <source>The pre-flight found %1 error(s): see Pre-flight.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cafodd y gwiriad cyn anfon hyd i %1 gwall: gweler Gwiriad cyn anfon.</translation>
    </message>
    <message>
        <source>&amp;Withheld</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cu&amp;dd</translation>
    </message>
    <message>
        <source>&amp;Withheld (%1)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cu&amp;dd (%1)</translation>
    </message>
    <message>
        <source>Defence bundle for which defendant</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Bwndel yr amddiffyniad ar gyfer pa ddiffynnydd</translation>
    </message>
    <message>
        <source>Crown Court DCS keeps the basis of plea and the defence statement per defendant: a defence bundle for one defendant carries only theirs.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae DCS Llys y Goron yn cadw sail y ple a datganiad yr amddiffyniad fesul diffynnydd: dim ond eu rhai nhw sydd mewn bwndel amddiffyniad ar gyfer un diffynnydd.</translation>
    </message>
    <message>
        <source>&amp;Defendant:</source>
        <translation type="unfinished">Diffy&amp;nnydd:</translation>
    </message>
    <message>
        <source>All (the court&apos;s bundle)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pawb (bwndel y llys)</translation>
    </message>
</context>
<context>
    <name>CaseFilePanel</name>
    <message>
        <source>Case file sections</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adrannau ffeil yr achos</translation>
    </message>
    <message>
        <source>Person whose details are shown</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y person y dangosir ei fanylion</translation>
    </message>
    <message>
        <source>person details</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">manylion person</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pe&amp;rson:</translation>
    </message>
    <message>
        <source>&lt;b&gt;People: witness, victim and defendant details&lt;/b&gt;</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Pobl: manylion tystion, dioddefwyr a diffynyddion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PACE custody clock</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cloc dalfa PACE</translation>
    </message>
    <message>
        <source>People: details</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pobl: manylion</translation>
    </message>
    <message>
        <source>File type to check</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Math o ffeil i&apos;w wirio</translation>
    </message>
    <message>
        <source>As set in the MG3</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fel y&apos;i gosodwyd yn yr MG3</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canfyddiadau parodrwydd</translation>
    </message>
    <message>
        <source>Readiness summary</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Crynodeb parodrwydd</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Parodrwydd</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Math o ffeil:</translation>
    </message>
    <message>
        <source>Forms this case can produce</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffurflenni y gall yr achos hwn eu cynhyrchu</translation>
    </message>
    <message>
        <source>Preview for</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhagolwg ar gyfer</translation>
    </message>
    <message>
        <source>CPS</source>
        <translation type="unfinished">CPS</translation>
    </message>
    <message>
        <source>Police (originals)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heddlu (gwreiddiol)</translation>
    </message>
    <message>
        <source>Defence / court</source>
        <translation type="unfinished">Amddiffyniad / llys</translation>
    </message>
    <message>
        <source>Pre&amp;view as PDF</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhagolwg fel P&amp;DF</translation>
    </message>
    <message>
        <source>Preview the selected form as PDF</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhagolwg o&apos;r ffurflen a ddewiswyd fel PDF</translation>
    </message>
    <message>
        <source>Forms</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffurflenni</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ar gyfer:</translation>
    </message>
    <message>
        <source>&lt;b&gt;PACE clock:&lt;/b&gt; these entries are not possible: %1.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Cloc PACE:&lt;/b&gt; nid yw&apos;r cofnodion hyn yn bosibl: %1.</translation>
    </message>
    <message>
        <source>custody record</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">cofnod dalfa</translation>
    </message>
    <message>
        <source>computed</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i gyfrifo</translation>
    </message>
    <message>
        <source>&lt;b&gt;PACE clock:&lt;/b&gt; detention expires %1 (%2) — &lt;b&gt;%3&lt;/b&gt; [%4].</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Cloc PACE:&lt;/b&gt; mae&apos;r cadw&apos;n dod i ben %1 (%2) — &lt;b&gt;%3&lt;/b&gt; [%4].</translation>
    </message>
    <message>
        <source>Computed from the entries: %1. Next review due: %2. Absolute limit (96 h): %3.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gyfrifo o&apos;r cofnodion: %1. Adolygiad nesaf: %2. Terfyn absoliwt (96 awr): %3.</translation>
    </message>
    <message>
        <source>The custody record differs from the computed expiry by %1: confirm it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae&apos;r cofnod dalfa yn wahanol i&apos;r terfyn a gyfrifwyd o %1: cadarnhewch ef.</translation>
    </message>
    <message>
        <source>Add a person to the case first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegwch berson at yr achos yn gyntaf.</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">GWALL</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhybudd</translation>
    </message>
    <message>
        <source>Press Enter to go to the field that fixes this.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pwyswch Enter i fynd i&apos;r maes sy&apos;n cywiro hyn.</translation>
    </message>
    <message>
        <source>%1 file: %2 blocking error(s), %3 warning(s).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffeil %1: %2 gwall sy&apos;n rhwystro, %3 rhybudd.</translation>
    </message>
    <message>
        <source>%1 file: ready — no errors or warnings.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffeil %1: yn barod — dim gwallau na rhybuddion.</translation>
    </message>
    <message>
        <source>disclosable</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">i&apos;w ddatgelu</translation>
    </message>
    <message>
        <source>police/CPS only</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">heddlu/CPS yn unig</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn creu %1…</translation>
    </message>
    <message>
        <source>%1 — preview</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 — rhagolwg</translation>
    </message>
    <message>
        <source>Form preview</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhagolwg ffurflen</translation>
    </message>
    <message>
        <source>Preview of %1 opened.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agorwyd rhagolwg o %1.</translation>
    </message>
    <message>
        <source>&amp;Put it right: no dates to avoid</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Cywiro: dim dyddiadau i&apos;w hosgoi</translation>
    </message>
    <message>
        <source>&amp;Put it right</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Cywiro</translation>
    </message>
    <message>
        <source>Make the fix the selected finding offers</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwneud y cywiriad y mae&apos;r canfyddiad a ddewiswyd yn ei gynnig</translation>
    </message>
    <message>
        <source>Or press Put it right to do it now.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Neu pwyswch Cywiro i&apos;w wneud nawr.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i wneud: %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>URN</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">URN</translation>
    </message>
    <message>
        <source>Custody</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dalfa</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Teitl</translation>
    </message>
    <message>
        <source>Defendants</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Diffynyddion</translation>
    </message>
    <message>
        <source>Offences</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Troseddau</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Newid diwethaf</translation>
    </message>
    <message>
        <source>PACE: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">PACE: %1</translation>
    </message>
    <message>
        <source>Custody deadline close: %1 — %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Terfyn y ddalfa yn agos: %1 — %2</translation>
    </message>
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Search by URN, name or offence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio yn ôl URN, enw neu drosedd</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio achosion</translation>
    </message>
    <message>
        <source>Cases</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achosion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cases&lt;/b&gt;</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&lt;b&gt;Achosion&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>URN and force</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">URN a&apos;r heddlu</translation>
    </message>
    <message>
        <source>Case title</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Teitl yr achos</translation>
    </message>
    <message>
        <source>Case status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws yr achos</translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Swyddog yr achos</translation>
    </message>
    <message>
        <source>Crime reference</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfeirnod trosedd</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Crynodeb o&apos;r achos</translation>
    </message>
    <message>
        <source>Problem with the last edit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Problem gyda&apos;r golygiad diwethaf</translation>
    </message>
    <message>
        <source>Save status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws cadw</translation>
    </message>
    <message>
        <source>Case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achos</translation>
    </message>
    <message>
        <source>URN:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">URN:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Statws:</translation>
    </message>
    <message>
        <source>&amp;Officer in the case:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Swyddog yr &amp;achos:</translation>
    </message>
    <message>
        <source>Crime &amp;reference:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfeirnod t&amp;rosedd:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cry&amp;nodeb:</translation>
    </message>
    <message>
        <source>People on the case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pobl ar yr achos</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu &amp;person…</translation>
    </message>
    <message>
        <source>Add person</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu person</translation>
    </message>
    <message>
        <source>Remove selected person</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <source>People</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pobl</translation>
    </message>
    <message>
        <source>Offences on the case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Troseddau ar yr achos</translation>
    </message>
    <message>
        <source>Add offen&amp;ce…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu trose&amp;dd…</translation>
    </message>
    <message>
        <source>Add offence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu trosedd</translation>
    </message>
    <message>
        <source>Remove offence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu trosedd</translation>
    </message>
    <message>
        <source>Remove selected offence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r drosedd a ddewiswyd</translation>
    </message>
    <message>
        <source>Offences</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Troseddau</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tystiolaeth</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adrannau&apos;r achos</translation>
    </message>
    <message>
        <source>Case &amp;details</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Manylion yr ach&amp;os</translation>
    </message>
    <message>
        <source>Evide&amp;nce</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tyst&amp;iolaeth</translation>
    </message>
    <message>
        <source>Case file</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffeil yr achos</translation>
    </message>
    <message>
        <source>Case f&amp;ile</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffeil yr ac&amp;hos</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Bwndel</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Bwndel</translation>
    </message>
    <message>
        <source>Submissions to CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwyniadau i CPS</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfne&amp;wid</translation>
    </message>
    <message>
        <source>All changes saved (last at %1)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pob newid wedi&apos;i gadw (diwethaf am %1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn cadw…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu %1 o&apos;r achos hwn?</translation>
    </message>
    <message>
        <source>Remove offence %1 (%2) from this case?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu trosedd %1 (%2) o&apos;r achos hwn?</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cadarnhau</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi cadw %1</translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ysgrifennu &amp;llythyr…</translation>
    </message>
    <message>
        <source>Write a letter to the selected person in their language</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ysgrifennu llythyr at y person a ddewiswyd yn ei iaith ei hun</translation>
    </message>
    <message>
        <source>Choose the person to write to first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch y person i ysgrifennu ato yn gyntaf.</translation>
    </message>
    <message>
        <source>Save the letter to %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r llythyr at %1</translation>
    </message>
    <message>
        <source>Letter to %1 saved as %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llythyr at %1 wedi&apos;i gadw fel %2</translation>
    </message>
    <message>
        <source>Received from the police: read-only in a CPS workspace.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i dderbyn gan yr heddlu: i&apos;w ddarllen yn unig mewn gweithle CPS.</translation>
    </message>
</context>
<context>
    <name>ConfirmSubmissionDialog</name>
    <message>
        <source>Submit %1 to CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwyno %1 i CPS</translation>
    </message>
    <message>
        <source>%1 item(s), %2 in all, will be sent to %3. Files the hub already holds are not sent again.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Bydd %1 eitem, %2 i gyd, yn cael eu hanfon at %3. Ni chaiff ffeiliau sydd gan yr hyb eisoes eu hanfon eto.</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth fydd yn cael ei anfon</translation>
    </message>
    <message>
        <source>Items to send</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Eitemau i&apos;w hanfon</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arddangosyn</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Disgrifiad</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Maint</translation>
    </message>
    <message>
        <source>Readiness warnings (not blocking):</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhybuddion parodrwydd (nid ydynt yn rhwystro):</translation>
    </message>
    <message>
        <source>Readiness warnings</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhybuddion parodrwydd</translation>
    </message>
    <message>
        <source>&amp;Send to CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Anfon at CPS</translation>
    </message>
    <message>
        <source>Send to CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Anfon at CPS</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>EverywhereDialog</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished">Arddangosyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <source>Found</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;u canfod</translation>
    </message>
    <message>
        <source>Already marked</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;u nodi eisoes</translation>
    </message>
    <message>
        <source>Where</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <source>Everywhere in the case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ym mhobman yn yr achos</translation>
    </message>
    <message>
        <source>Words or number to look for</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Geiriau neu rif i chwilio amdanynt</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Edrych eto</translation>
    </message>
    <message>
        <source>Look for it in every other exhibit of the case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio amdano ym mhob arddangosyn arall yn yr achos</translation>
    </message>
    <message>
        <source>Where it is found</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ble mae i&apos;w gael</translation>
    </message>
    <message>
        <source>What was found</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth a ganfuwyd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
        <source>&amp;Offer in all</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Cynnig ym mhob un</translation>
    </message>
    <message>
        <source>Suggest it in every exhibit where it was found, to approve there</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ei awgrymu ym mhob arddangosyn lle cafodd ei ganfod, i&apos;w gymeradwyo yno</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Gwerth:</translation>
    </message>
    <message>
        <source>Looking in every exhibit of the case…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn chwilio ym mhob arddangosyn yn yr achos…</translation>
    </message>
    <message>
        <source>document</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dogfen</translation>
    </message>
    <message>
        <source>picture</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">llun</translation>
    </message>
    <message>
        <source>recording</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">recordiad</translation>
    </message>
    <message>
        <source>not looked in: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">heb chwilio ynddo: %1</translation>
    </message>
    <message>
        <source>page(s) %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">tudalen(nau) %1</translation>
    </message>
    <message>
        <source>said at %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dywedwyd am %1</translation>
    </message>
    <message>
        <source>%1 suggestion(s) made in %2 exhibit(s): approve them in each exhibit&apos;s editor.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 awgrym wedi&apos;u gwneud mewn %2 arddangosyn: cymeradwywch nhw yng ngolygydd pob arddangosyn.</translation>
    </message>
    <message>
        <source>Found %1 time(s) in %2 other exhibit(s), not yet marked there.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i ganfod %1 gwaith mewn %2 arddangosyn arall, heb ei nodi yno eto.</translation>
    </message>
    <message>
        <source>Not found anywhere else that is not already marked.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb ei ganfod yn unman arall nad yw wedi&apos;i nodi eisoes.</translation>
    </message>
    <message>
        <source>not transcribed yet</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">heb ei drawsgrifio eto</translation>
    </message>
    <message>
        <source>Transcribe the recording (under the player) to look in what is said in it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trawsgrifiwch y recordiad (o dan y chwaraewr) i chwilio yn yr hyn a ddywedir ynddo.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tystiolaeth</translation>
    </message>
    <message>
        <source>I&amp;mport files…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Mewnforio ffeiliau…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio ffeiliau</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio ffo&amp;lder…</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio ffolder</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwirio cywird&amp;eb</translation>
    </message>
    <message>
        <source>Verify integrity of this case&apos;s exhibits</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwirio cywirdeb arddangosion yr achos hwn</translation>
    </message>
    <message>
        <source>Red&amp;act…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cu&amp;ddio rhannau…</translation>
    </message>
    <message>
        <source>Redact the selected exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cuddio rhannau o&apos;r arddangosyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Mark what to remove, approve, then make a verified redacted copy.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Marciwch yr hyn i&apos;w dynnu, cymeradwywch, yna gwnewch gopi wedi&apos;i olygu a&apos;i ddilysu.</translation>
    </message>
    <message>
        <source>Show type</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dangos math</translation>
    </message>
    <message>
        <source>All types</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pob math</translation>
    </message>
    <message>
        <source>Search exhibits</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio arddangosion</translation>
    </message>
    <message>
        <source>Search descriptions and document text</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio disgrifiadau a thestun dogfennau</translation>
    </message>
    <message>
        <source>List</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhestr</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dangos fel rhestr</translation>
    </message>
    <message>
        <source>Grid</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Grid</translation>
    </message>
    <message>
        <source>Show as grid of thumbnails</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dangos fel grid o fawdluniau</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arddangosion</translation>
    </message>
    <message>
        <source>Exhibit thumbnails</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mawdluniau arddangosion</translation>
    </message>
    <message>
        <source>Exhibit preview and details</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhagolwg a manylion arddangosyn</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rh&amp;agolwg</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ma&amp;nylion</translation>
    </message>
    <message>
        <source>Drag files or folders here to import them into this case.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llusgwch ffeiliau neu ffolderi yma i&apos;w mewnforio i&apos;r achos hwn.</translation>
    </message>
    <message>
        <source>Import hint</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Awgrym mewnforio</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynnydd mewnforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Cancel the running import</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canslo&apos;r mewnforio sy&apos;n rhedeg</translation>
    </message>
    <message>
        <source>Finish interrupted import</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gorffen y mewnforio a dorrwyd</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ei daflu</translation>
    </message>
    <message>
        <source>Discard interrupted import</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Taflu&apos;r mewnforio a dorrwyd</translation>
    </message>
    <message>
        <source>Redacted copy added to the exhibits.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copi wedi&apos;i olygu wedi&apos;i ychwanegu at yr arddangosion.</translation>
    </message>
    <message>
        <source>Still saved as %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llonlun wedi&apos;i gadw fel %1</translation>
    </message>
    <message>
        <source>Import files into %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio ffeiliau i %1</translation>
    </message>
    <message>
        <source>Import a folder into %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio ffolder i %1</translation>
    </message>
    <message>
        <source>Who produced these items?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pwy a gynhyrchodd yr eitemau hyn?</translation>
    </message>
    <message>
        <source>Producer (their initials start the exhibit references):</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynhyrchydd (mae ei lythrennau blaen yn dechrau cyfeirnodau&apos;r arddangosion):</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn mewnforio</translation>
    </message>
    <message>
        <source>Finishing interrupted import</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn gorffen y mewnforio a dorrwyd</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n interrupted item(s).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">
            <numerusform>Taflwyd %n eitem a dorrwyd.</numerusform>
            <numerusform>Taflwyd %n eitem a dorrwyd.</numerusform>
            <numerusform>Taflwyd %n eitem a dorrwyd.</numerusform>
            <numerusform>Taflwyd %n eitem a dorrwyd.</numerusform>
            <numerusform>Taflwyd %n eitem a dorrwyd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An import was interrupted: %n file(s) not yet finished.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">
            <numerusform>Torrwyd mewnforio: %n ffeil heb eu gorffen eto.</numerusform>
            <numerusform>Torrwyd mewnforio: %n ffeil heb eu gorffen eto.</numerusform>
            <numerusform>Torrwyd mewnforio: %n ffeil heb eu gorffen eto.</numerusform>
            <numerusform>Torrwyd mewnforio: %n ffeil heb eu gorffen eto.</numerusform>
            <numerusform>Torrwyd mewnforio: %n ffeil heb eu gorffen eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the case, %3 could not be imported, %4 skipped.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 wedi&apos;u mewnforio, %2 eisoes yn yr achos, %3 heb fod modd eu mewnforio, %4 wedi&apos;u hepgor.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio wedi gorffen</translation>
    </message>
    <message>
        <source>Some items need your attention: see the details.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae angen i chi edrych ar rai eitemau: gweler y manylion.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn gwirio</translation>
    </message>
    <message>
        <source>Integrity problem</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Problem cywirdeb</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) no longer match their fingerprint.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">
            <numerusform>Nid yw %n arddangosyn yn cyfateb i&apos;w holion bysedd mwyach.</numerusform>
            <numerusform>Nid yw %n arddangosyn yn cyfateb i&apos;w holion bysedd mwyach.</numerusform>
            <numerusform>Nid yw %n arddangosyn yn cyfateb i&apos;w holion bysedd mwyach.</numerusform>
            <numerusform>Nid yw %n arddangosyn yn cyfateb i&apos;w holion bysedd mwyach.</numerusform>
            <numerusform>Nid yw %n arddangosyn yn cyfateb i&apos;w holion bysedd mwyach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n stored item(s) match their fingerprints.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">
            <numerusform>Mae pob un o&apos;r %n eitem a gadwyd yn cyfateb i&apos;w holion bysedd.</numerusform>
            <numerusform>Mae pob un o&apos;r %n eitem a gadwyd yn cyfateb i&apos;w holion bysedd.</numerusform>
            <numerusform>Mae pob un o&apos;r %n eitem a gadwyd yn cyfateb i&apos;w holion bysedd.</numerusform>
            <numerusform>Mae pob un o&apos;r %n eitem a gadwyd yn cyfateb i&apos;w holion bysedd.</numerusform>
            <numerusform>Mae pob un o&apos;r %n eitem a gadwyd yn cyfateb i&apos;w holion bysedd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Methu gorffen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn canslo…</translation>
    </message>
    <message>
        <source>Other producer…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynhyrchydd arall…</translation>
    </message>
    <message>
        <source>Import files produced by someone else</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio ffeiliau a gynhyrchwyd gan rywun arall</translation>
    </message>
    <message>
        <source>Import files produced or seized by someone else — a CCTV operator, a witness — adding them to the case if they are not on it yet.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio ffeiliau a gynhyrchwyd neu a atafaelwyd gan rywun arall — gweithredwr TCC, tyst — gan eu hychwanegu at yr achos os nad ydynt arno eto.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>Error report</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adroddiad gwall</translation>
    </message>
    <message>
        <source>Casebridge hit an unexpected problem. Your saved work is safe. Copy the report below and send it to your IT service desk; it contains no case details.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cafodd Casebridge broblem annisgwyl. Mae eich gwaith a gadwyd yn ddiogel. Copïwch yr adroddiad isod a&apos;i anfon at eich desg gwasanaeth TG; nid yw&apos;n cynnwys manylion unrhyw achos.</translation>
    </message>
    <message>
        <source>Error report text</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Testun yr adroddiad gwall</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Copïo&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Copy report to clipboard</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copïo&apos;r adroddiad i&apos;r clipfwrdd</translation>
    </message>
</context>
<context>
    <name>ExhibitEditor</name>
    <message>
        <source>Exhibit reference</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfeirnod yr arddangosyn</translation>
    </message>
    <message>
        <source>Producer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynhyrchydd</translation>
    </message>
    <message>
        <source>Seized or received (date and time)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Atafaelwyd neu derbyniwyd (dyddiad ac amser)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dd/mm/bbbb aa:mm</translation>
    </message>
    <message>
        <source>Exhibit description</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Disgrifiad o&apos;r arddangosyn</translation>
    </message>
    <message>
        <source>Automatic description</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Disgrifiad awtomatig</translation>
    </message>
    <message>
        <source>File and fingerprint</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffeil ac olion bysedd</translation>
    </message>
    <message>
        <source>Continuity log</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnod parhad</translation>
    </message>
    <message>
        <source>Make &amp;searchable copy (OCR)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwneud copi &amp;chwiliadwy (OCR)</translation>
    </message>
    <message>
        <source>Read the text of this picture or scan</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Darllen testun y llun neu&apos;r sgan hwn</translation>
    </message>
    <message>
        <source>Record hand&amp;ling…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnodi &amp;triniaeth…</translation>
    </message>
    <message>
        <source>Record handling of this exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnodi triniaeth yr arddangosyn hwn</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfei&amp;rnod:</translation>
    </message>
    <message>
        <source>Prod&amp;ucer:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Person a&apos;i cynhyrchodd:</translation>
    </message>
    <message>
        <source>Sei&amp;zed/received:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Atafaelwyd/derbyniwyd:</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Di&amp;sgrifiad:</translation>
    </message>
    <message>
        <source>Automatic:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Awtomatig:</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffeil:</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished">Arddangosyn</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Parhad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">(dim)</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn darllen y testun…</translation>
    </message>
    <message>
        <source>Record handling</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnodi triniaeth</translation>
    </message>
    <message>
        <source>What was done with %1 (for example: booked into store, locker 14)?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth a wnaed gyda %1 (er enghraifft: wedi&apos;i gofnodi yn y storfa, locer 14)?</translation>
    </message>
    <message>
        <source>Searchable copy</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copi chwiliadwy</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Problem gyda %1</translation>
    </message>
</context>
<context>
    <name>ExhibitModel</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished">Arddangosyn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Disgrifiad</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Maint</translation>
    </message>
    <message>
        <source>Producer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynhyrchydd</translation>
    </message>
    <message>
        <source>Seized / received</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Atafaelwyd / derbyniwyd</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Request material for %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gofyn am ddeunydd ar gyfer %1</translation>
    </message>
    <message>
        <source>Action plan for %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynllun gweithredu ar gyfer %1</translation>
    </message>
    <message>
        <source>Charging decision on %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Penderfyniad cyhuddo ar %1</translation>
    </message>
    <message>
        <source>Reject the file for %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwrthod y ffeil ar gyfer %1</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Crynodeb:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Crynodeb</translation>
    </message>
    <message>
        <source>One charge per line; a CJS code first if you have it (TH68010 Theft …).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Un cyhuddiad ar bob llinell; cod CJS yn gyntaf os oes gennych un (TH68010 Dwyn …).</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Math:</translation>
    </message>
    <message>
        <source>Material type</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Math o ddeunydd</translation>
    </message>
    <message>
        <source>&amp;What is needed:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Beth sydd ei angen:</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation type="unfinished">Beth sydd ei angen</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Tyst:</translation>
    </message>
    <message>
        <source>Witness</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tyst</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Erb&amp;yn:</translation>
    </message>
    <message>
        <source>Target date</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad targed</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Tasg:</translation>
    </message>
    <message>
        <source>Task</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tasg</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Can&amp;lyniad:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Prawf:</translation>
    </message>
    <message>
        <source>Test applied</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y prawf a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>&amp;Charges:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">C&amp;yhuddiadau:</translation>
    </message>
    <message>
        <source>Charges</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyhuddiadau</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Rhesymau:</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhesymau</translation>
    </message>
    <message>
        <source>Reasons for rejecting the file</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhesymau dros wrthod y ffeil</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Anfon</translation>
    </message>
    <message>
        <source>Say what is needed.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dywedwch beth sydd ei angen.</translation>
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <source>Video frame</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffrâm fideo</translation>
    </message>
</context>
<context>
    <name>HubSignIn</name>
    <message>
        <source>Not signed in to a hub.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb fewngofnodi i hyb.</translation>
    </message>
    <message>
        <source>CPS reviewer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">adolygydd CPS</translation>
    </message>
    <message>
        <source>police</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">heddlu</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi mewngofnodi i %1 fel %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llun</translation>
    </message>
    <message>
        <source>Fit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffitio</translation>
    </message>
    <message>
        <source>Fit picture to window</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffitio&apos;r llun i&apos;r ffenestr</translation>
    </message>
    <message>
        <source>100%</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Maint gwirioneddol</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwyddo allan</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cylchdroi</translation>
    </message>
    <message>
        <source>Rotate view 90 degrees clockwise</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cylchdroi&apos;r olwg 90 gradd gyda&apos;r cloc</translation>
    </message>
    <message>
        <source>Picture details</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Manylion y llun</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 × %2 picsel</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnwyd: %1</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Camera: %1</translation>
    </message>
    <message>
        <source>GPS: %1, %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">GPS: %1, %2</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>CPS inbox</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnflwch CPS</translation>
    </message>
    <message>
        <source>Review state</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwr adolygu</translation>
    </message>
    <message>
        <source>Any state</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Unrhyw gyflwr</translation>
    </message>
    <message>
        <source>New</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Newydd</translation>
    </message>
    <message>
        <source>In review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wrthi&apos;n cael ei adolygu</translation>
    </message>
    <message>
        <source>Waiting for police</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn aros am yr heddlu</translation>
    </message>
    <message>
        <source>Decided</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi penderfynu</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Charging category</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Categori cyhuddo</translation>
    </message>
    <message>
        <source>Any category</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Unrhyw gategori</translation>
    </message>
    <message>
        <source>Red (custody)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Coch (dalfa)</translation>
    </message>
    <message>
        <source>Green priority</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwyrdd blaenoriaeth</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwyrdd</translation>
    </message>
    <message>
        <source>Custody deadline</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Terfyn amser y ddalfa</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Unrhyw derfyn amser</translation>
    </message>
    <message>
        <source>Custody within 6 hours</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dalfa o fewn 6 awr</translation>
    </message>
    <message>
        <source>Custody within 24 hours</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dalfa o fewn 24 awr</translation>
    </message>
    <message>
        <source>Received submissions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwyniadau a dderbyniwyd</translation>
    </message>
    <message>
        <source>Inbox status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws y mewnflwch</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynnydd y lawrlwytho</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Refresh the inbox from the hub</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adnewyddu&apos;r mewnflwch o&apos;r hyb</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor yr ac&amp;hos</translation>
    </message>
    <message>
        <source>Download the selected submission and open its case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Lawrlwytho&apos;r cyflwyniad a ddewiswyd ac agor ei achos</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Close the inbox</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cau&apos;r mewnflwch</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Cyflwr:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ca&amp;tegori:</translation>
    </message>
    <message>
        <source>C&amp;ustody:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Dalfa:</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn holi&apos;r hyb…</translation>
    </message>
    <message>
        <source>new</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">newydd</translation>
    </message>
    <message>
        <source>in review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wrthi&apos;n cael ei adolygu</translation>
    </message>
    <message>
        <source>waiting for police</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">yn aros am yr heddlu</translation>
    </message>
    <message>
        <source>decided</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi penderfynu</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>%1 request(s)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 cais</translation>
    </message>
    <message>
        <source>%1 submission(s)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 cyflwyniad</translation>
    </message>
    <message>
        <source>Downloading %1 and checking every file…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn lawrlwytho %1 ac yn gwirio pob ffeil…</translation>
    </message>
    <message>
        <source>%1: %2 new item(s), every file&apos;s SHA-256 checked.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1: %2 eitem newydd, SHA-256 pob ffeil wedi&apos;i wirio.</translation>
    </message>
    <message>
        <source>URN</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">URN</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Teitl</translation>
    </message>
    <message>
        <source>Force</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heddlu</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>Custody until</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dalfa tan</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbyniwyd</translation>
    </message>
    <message>
        <source>Review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adolygiad</translation>
    </message>
    <message>
        <source>Answers</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Atebion</translation>
    </message>
    <message>
        <source>EXPIRED %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">WEDI DOD I BEN %1</translation>
    </message>
    <message>
        <source>Force code %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cod yr heddlu %1</translation>
    </message>
    <message>
        <source>The custody time limit has passed.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae terfyn amser y ddalfa wedi mynd heibio.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Casebridge cannot open the workspace</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni all Casebridge agor y gweithle</translation>
    </message>
    <message>
        <source>The workspace could not be opened:

{0}</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oedd modd agor y gweithle:

{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casebridge</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Casebridge</translation>
    </message>
    <message>
        <source>Casebridge main window</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Prif ffenestr Casebridge</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn agor y gweithle…</translation>
    </message>
    <message>
        <source>Workspace status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws y gweithle</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gweithle: %1</translation>
    </message>
    <message>
        <source>Shared database workspace</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gweithle cronfa ddata a rennir</translation>
    </message>
    <message>
        <source>%1 cannot be opened: there is no such file.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni ellir agor %1: nid oes ffeil o&apos;r fath.</translation>
    </message>
    <message>
        <source>Casebridge opens case packages (.cbcase). To add %1 to a case as evidence, open the case and use Import on its Evidence tab.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae Casebridge yn agor pecynnau achos (.cbcase). I ychwanegu %1 at achos fel tystiolaeth, agorwch yr achos a defnyddiwch Mewnforio ar ei dab Tystiolaeth.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor ffeil</translation>
    </message>
    <message>
        <source>Open a workspace before importing a case.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agorwch weithle cyn mewnforio achos.</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achos wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni fewnforiwyd %1: %2</translation>
    </message>
    <message>
        <source>The workspace could not be opened:

%1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oedd modd agor y gweithle:

%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achos &amp;newydd…</translation>
    </message>
    <message>
        <source>CPS &amp;inbox…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Mewnflwch CPS…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dod o &amp;hyd i achos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">C&amp;ymorth</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor ffolder y &amp;cofnodion</translation>
    </message>
    <message>
        <source>&amp;About Casebridge</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ynghylch Casebridge</translation>
    </message>
    <message>
        <source>%1 — Casebridge</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 — Casebridge</translation>
    </message>
    <message>
        <source>CPS inbox</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnflwch CPS</translation>
    </message>
    <message>
        <source>Casebridge %1
Reference data: %2
Workspace: %3

Licensed under the GNU AGPL v3 or later.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Casebridge %1
Data cyfeirio: %2
Gweithle: %3

Wedi&apos;i drwyddedu o dan GNU AGPL v3 neu ddiweddarach.</translation>
    </message>
    <message>
        <source>Licences and third-party notices: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trwyddedau a hysbysiadau trydydd parti: %1</translation>
    </message>
    <message>
        <source>About Casebridge</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ynghylch Casebridge</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Iaith</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llwybrau byr y &amp;bysellfwrdd</translation>
    </message>
    <message>
        <source>Hub sign-in</source>
        <translation type="unfinished">Mewngofnodi i&apos;r hyb</translation>
    </message>
    <message>
        <source>Create a new case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Creu achos newydd</translation>
    </message>
    <message>
        <source>Si&amp;gn in to the hub…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofn&amp;odi i&apos;r hyb…</translation>
    </message>
    <message>
        <source>Sign in to the hub (police or CPS)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodi i&apos;r hyb (heddlu neu CPS)</translation>
    </message>
    <message>
        <source>Open the CPS inbox of received cases</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor mewnflwch CPS yr achosion a dderbyniwyd</translation>
    </message>
    <message>
        <source>Sign in to the hub</source>
        <translation type="unfinished">Mewngofnodi i&apos;r hyb</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn mewngofnodi…</translation>
    </message>
    <message>
        <source>The inbox is for CPS reviewers. Sign in to the hub with a CPS account now?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae&apos;r mewnflwch ar gyfer adolygwyr CPS. Mewngofnodi i&apos;r hyb gyda chyfrif CPS nawr?</translation>
    </message>
    <message>
        <source>Import case package</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio pecyn achos</translation>
    </message>
    <message>
        <source>Case packages (*.cbcase)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pecynnau achos (*.cbcase)</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni fewnforiwyd %1.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn gwirio %1…</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Anfonwr anhysbys</translation>
    </message>
    <message>
        <source>%1 is intact, but it was signed by workstation key %2, which is not on this unit&apos;s trust list.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae %1 yn gyfan, ond fe&apos;i llofnodwyd gan allwedd gweithfan %2, nad yw ar restr ymddiried yr uned hon.</translation>
    </message>
    <message>
        <source>Confirm the key with the sending unit by telephone or in person before you trust it. If you import it once, the audit log records that the sender was unknown.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cadarnhewch yr allwedd gyda&apos;r uned a&apos;i hanfonodd dros y ffôn neu wyneb yn wyneb cyn ymddiried ynddi. Os byddwch yn ei mewnforio unwaith, mae&apos;r log archwilio yn cofnodi bod yr anfonwr yn anhysbys.</translation>
    </message>
    <message>
        <source>&amp;Trust and import…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ymddiried a mewnforio…</translation>
    </message>
    <message>
        <source>Import &amp;once</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio &amp;unwaith</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ymddiried a mewnforio</translation>
    </message>
    <message>
        <source>Name the workstation with key %1 (its unit and desk):</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enwch y weithfan ag allwedd %1 (ei huned a&apos;i desg):</translation>
    </message>
    <message>
        <source>Case %1 was imported from %2 with %3 exhibit(s). Its signature and the digest of every file were checked.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforiwyd achos %1 o %2 gyda %3 arddangosyn. Gwiriwyd ei lofnod a chrynodeb pob ffeil.</translation>
    </message>
    <message>
        <source>Signed by %1 (key %2).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llofnodwyd gan %1 (allwedd %2).</translation>
    </message>
    <message>
        <source>Signed by key %2, which is not on this unit&apos;s trust list.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llofnodwyd gan allwedd %2, nad yw ar restr ymddiried yr uned hon.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn mewnforio %1…</translation>
    </message>
    <message>
        <source>Im&amp;port case package…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio &amp;pecyn achos…</translation>
    </message>
    <message>
        <source>&amp;Trusted workstations…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gweithfannau &amp;dibynadwy…</translation>
    </message>
    <message>
        <source>Choose a case on the left, or a line of your work below.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch achos ar y chwith, neu linell o&apos;ch gwaith isod.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Prif far offer</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Fy ngwaith</translation>
    </message>
    <message>
        <source>My work: custody clocks, CPS requests, the outbox (Ctrl+Shift+H)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fy ngwaith: clociau dalfa, ceisiadau CPS, y blwch anfon (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Try the &amp;demo case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhoi cynnig ar yr achos &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>Add the demo case, brought to today</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu&apos;r achos enghreifftiol, wedi&apos;i ddwyn at heddiw</translation>
    </message>
    <message>
        <source>A robbery case with statements, CCTV, a 999 call and photos, brought to today: a suspect in custody with hours left, a CPS request waiting and an interrupted upload.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achos lladrad gyda datganiadau, TCC, galwad 999 a lluniau, wedi&apos;i ddwyn at heddiw: un a ddrwgdybir yn y ddalfa gydag oriau ar ôl, cais gan y CPS yn aros a llwytho i fyny a dorrwyd.</translation>
    </message>
    <message>
        <source>Making the demo case…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn gwneud yr achos enghreifftiol…</translation>
    </message>
    <message>
        <source>The demo case %1 is ready: its custody clock, CPS request and upload are on My work.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae&apos;r achos enghreifftiol %1 yn barod: mae ei gloc dalfa, cais y CPS a&apos;r llwytho i fyny ar Fy ngwaith.</translation>
    </message>
    <message>
        <source>Demo case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achos enghreifftiol</translation>
    </message>
    <message>
        <source>Making the demo case: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn gwneud yr achos enghreifftiol: %1</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Player message</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Neges y chwaraewr</translation>
    </message>
    <message>
        <source>Play</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwarae</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwarae neu oedi (Bylchwr)</translation>
    </message>
    <message>
        <source>Previous frame (Left arrow)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffrâm flaenorol (Saeth chwith)</translation>
    </message>
    <message>
        <source>Next frame (Right arrow)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffrâm nesaf (Saeth dde)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tewi</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tewi neu ddad-dewi</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Sgrin lawn</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Sgrin lawn (F)</translation>
    </message>
    <message>
        <source>Save still as exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cadw llonlun fel arddangosyn</translation>
    </message>
    <message>
        <source>Save the current frame as a new exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r ffrâm hon fel arddangosyn newydd</translation>
    </message>
    <message>
        <source>Position</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Safle</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Amser</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">Cyflymder</translation>
    </message>
    <message>
        <source>Volume</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Sain</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflymder:</translation>
    </message>
    <message>
        <source>Media cannot be played on this computer. %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni ellir chwarae cyfryngau ar y cyfrifiadur hwn. %1</translation>
    </message>
    <message>
        <source>The original could not be decoded here: playing its viewing proxy.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oedd modd datgodio&apos;r gwreiddiol yma: yn chwarae ei gopi gwylio.</translation>
    </message>
    <message>
        <source>This item cannot be played: the media engine could not decode it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni ellir chwarae&apos;r eitem hon: nid oedd modd i&apos;r peiriant cyfryngau ei datgodio.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dad-dewi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Oedi</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trawsgrifiad</translation>
    </message>
    <message>
        <source>Click or press Enter on a passage to play from it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cliciwch neu pwyswch Enter ar ddarn i chwarae ohono.</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trawsgrifio</translation>
    </message>
    <message>
        <source>Transcribe the speech, word by word, on this computer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trawsgrifio&apos;r lleferydd, air wrth air, ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni chanfuwyd lleferydd yn y recordiad hwn.</translation>
    </message>
    <message>
        <source>Words of the passage</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Geiriau&apos;r darn</translation>
    </message>
    <message>
        <source>Correct passage…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cywiro&apos;r darn…</translation>
    </message>
    <message>
        <source>Put the selected passage of the transcript right</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cywiro&apos;r darn o&apos;r trawsgrifiad a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>MediaRedactionWindow</name>
    <message>
        <source>Redact %1 (video and audio)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Golygu %1 (fideo a sain)</translation>
    </message>
    <message>
        <source>Position</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Safle</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Chwarae</translation>
    </message>
    <message>
        <source>◀ Frame</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">◀ Ffrâm</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffrâm flaenorol</translation>
    </message>
    <message>
        <source>Frame ▶</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffrâm ▶</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffrâm nesaf</translation>
    </message>
    <message>
        <source>Show &amp;result</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dangos y canl&amp;yniad</translation>
    </message>
    <message>
        <source>Reason for new masks and ranges</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheswm dros fygydau ac ystodau newydd</translation>
    </message>
    <message>
        <source>Effect of the selected mask</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Effaith y mwgwd a ddewiswyd</translation>
    </message>
    <message>
        <source>Blur</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Niwlio</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Picseleiddio</translation>
    </message>
    <message>
        <source>Black</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Du</translation>
    </message>
    <message>
        <source>Shape of the selected mask</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffurf y mwgwd a ddewiswyd</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Elips</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Petryal</translation>
    </message>
    <message>
        <source>Masks</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mygydau</translation>
    </message>
    <message>
        <source>Enter: go to the mask&apos;s start. Alt+arrows move it here, Shift+Alt resize.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enter: mynd at ddechrau&apos;r mwgwd. Alt+saethau i&apos;w symud yma, Shift+Alt i newid ei faint.</translation>
    </message>
    <message>
        <source>&amp;New mask here</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mwgwd &amp;newydd yma</translation>
    </message>
    <message>
        <source>&amp;End mask here</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Gorffen y mwgwd yma</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymeradwyo&apos;r &amp;dewis</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymeradwyo&apos;r cyf&amp;an</translation>
    </message>
    <message>
        <source>Leave &amp;visible…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gadael yn &amp;weladwy…</translation>
    </message>
    <message>
        <source>Leave the selected person visible, with a justification</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gadael y person a ddewiswyd yn weladwy, gyda chyfiawnhad</translation>
    </message>
    <message>
        <source>&amp;Delete mask</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">D&amp;ileu&apos;r mwgwd</translation>
    </message>
    <message>
        <source>When a detected face is lost</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pan gollir wyneb a ganfuwyd</translation>
    </message>
    <message>
        <source>Hold its mask for a second</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cadw ei fwgwd am eiliad</translation>
    </message>
    <message>
        <source>Also blur the whole picture until a face is found</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Niwlio&apos;r llun cyfan hefyd nes dod o hyd i wyneb</translation>
    </message>
    <message>
        <source>&amp;Mute selection</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Tewi&apos;r dewis</translation>
    </message>
    <message>
        <source>&amp;Bleep selection</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhoi bî&amp;p dros y dewis</translation>
    </message>
    <message>
        <source>&amp;Keep only selection</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cadw&apos;r dewis yn &amp;unig</translation>
    </message>
    <message>
        <source>Trim the copy to the selected range (adds to earlier ones)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tocio&apos;r copi i&apos;r ystod a ddewiswyd (yn ychwanegol at rai cynharach)</translation>
    </message>
    <message>
        <source>Export quality</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ansawdd allforio</translation>
    </message>
    <message>
        <source>Standard</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Safonol</translation>
    </message>
    <message>
        <source>High</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Uchel</translation>
    </message>
    <message>
        <source>Small file</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffeil fach</translation>
    </message>
    <message>
        <source>E&amp;xport and verify</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Allfo&amp;rio a gwirio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhe&amp;swm:</translation>
    </message>
    <message>
        <source>Effe&amp;ct:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Effaith:</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">F&amp;furf:</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ansawdd (&amp;Q):</translation>
    </message>
    <message>
        <source>quality</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ansawdd</translation>
    </message>
    <message>
        <source>Selected %1–%2 s: mute, bleep or keep it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi dewis %1–%2 e: ei dewi, rhoi bîp drosto neu ei gadw.</translation>
    </message>
    <message>
        <source>approved</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>left visible</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i adael yn weladwy</translation>
    </message>
    <message>
        <source>%1 mask(s), %2 awaiting approval; %3 silenced range(s).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 mwgwd, %2 yn aros am gymeradwyaeth; %3 ystod wedi&apos;u tewi.</translation>
    </message>
    <message>
        <source>add mask</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ychwanegu mwgwd</translation>
    </message>
    <message>
        <source>end mask</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">gorffen mwgwd</translation>
    </message>
    <message>
        <source>move mask</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">symud mwgwd</translation>
    </message>
    <message>
        <source>change mask</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">newid mwgwd</translation>
    </message>
    <message>
        <source>delete mask</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dileu mwgwd</translation>
    </message>
    <message>
        <source>approve</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">cymeradwyo</translation>
    </message>
    <message>
        <source>Leave visible</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gadael yn weladwy</translation>
    </message>
    <message>
        <source>Why should %1 stay visible?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pam y dylai %1 aros yn weladwy?</translation>
    </message>
    <message>
        <source>leave visible</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">gadael yn weladwy</translation>
    </message>
    <message>
        <source>Drag across the waveform to select what to silence.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llusgwch ar draws y donffurf i ddewis beth i&apos;w dewi.</translation>
    </message>
    <message>
        <source>silence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">tewi</translation>
    </message>
    <message>
        <source>Drag across the timeline to select what to keep.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llusgwch ar draws y llinell amser i ddewis beth i&apos;w gadw.</translation>
    </message>
    <message>
        <source>trim</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">tocio</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Oedi</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn allforio…</translation>
    </message>
    <message>
        <source>F&amp;ollow subject</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Di&amp;lyn y gwrthrych</translation>
    </message>
    <message>
        <source>Make the selected mask follow its subject from this frame</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwneud i&apos;r mwgwd a ddewiswyd ddilyn ei wrthrych o&apos;r ffrâm hon</translation>
    </message>
    <message>
        <source>Select the mask to follow first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch y mwgwd i&apos;w ddilyn yn gyntaf.</translation>
    </message>
    <message>
        <source>follow subject</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dilyn y gwrthrych</translation>
    </message>
    <message>
        <source>Mask %1 follows its subject from %2 s to %3 s (%4 keyframes): check it, then approve it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae mwgwd %1 yn dilyn ei wrthrych o %2 e i %3 e (%4 ffrâm allweddol): gwiriwch ef, yna cymeradwywch ef.</translation>
    </message>
    <message>
        <source>Following the subject…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn dilyn y gwrthrych…</translation>
    </message>
    <message>
        <source>Find &amp;faces, plates, text</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canfod &amp;wynebau, platiau, testun</translation>
    </message>
    <message>
        <source>find faces, plates and text</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">canfod wynebau, platiau a thestun</translation>
    </message>
    <message>
        <source>%1 person(s), %2 number plate(s) and %3 piece(s) of text found: approve each mask, or leave one visible with a reason.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canfuwyd %1 person/pobl, %2 plât rhif a %3 darn o destun: cymeradwywch bob mwgwd, neu gadewch un yn weladwy gyda rheswm.</translation>
    </message>
    <message>
        <source>Looking for faces, number plates and text…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn chwilio am wynebau, platiau rhif a thestun…</translation>
    </message>
    <message>
        <source>Redacted copy %1 exported. Verified frame by frame: every mask, muted range and cut is applied exactly as the recipe says. Whether each mask still covers its subject is not the same check: a face detector was run on %2 frame(s) of the copy and found no face left showing, and a text reader run on %3 frame(s) read nothing inside a mask and no number plate left showing. Step through the result before it is disclosed.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Allforiwyd y copi wedi&apos;i olygu %1. Gwiriwyd ffrâm wrth ffrâm: mae pob mwgwd, ystod dawel a thoriad wedi&apos;u cymhwyso yn union fel y dywed y rysáit. Nid yr un gwiriad yw a yw pob mwgwd yn dal i guddio&apos;i wrthrych: rhedwyd canfodydd wynebau ar %2 ffrâm o&apos;r copi ac ni chanfu wyneb yn y golwg, a rhedwyd darllenydd testun ar %3 ffrâm ac ni ddarllenodd ddim y tu mewn i fwgwd na phlât rhif yn y golwg. Camwch drwy&apos;r canlyniad cyn ei ddatgelu.</translation>
    </message>
    <message>
        <source>Find spoken &amp;identifiers</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canfod &amp;dynodwyr llafar</translation>
    </message>
    <message>
        <source>Transcribe the recording and suggest ranges of sound for identifiers and names said in it</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trawsgrifio&apos;r recordiad ac awgrymu ystodau o sain ar gyfer dynodwyr ac enwau a ddywedir ynddo</translation>
    </message>
    <message>
        <source>left audible</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i adael yn glywadwy</translation>
    </message>
    <message>
        <source>spoken identifiers</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dynodwyr llafar</translation>
    </message>
    <message>
        <source>%1 identifier(s) or name(s) heard; %2 range(s) of sound suggested: approve each, or leave one audible with a reason.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Clywyd %1 dynodwr neu enw; awgrymwyd %2 ystod o sain: cymeradwywch bob un, neu gadewch un yn glywadwy gyda rheswm.</translation>
    </message>
    <message>
        <source>Transcribing and listening for identifiers…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn trawsgrifio ac yn gwrando am ddynodwyr…</translation>
    </message>
    <message>
        <source>Leave audible</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gadael yn glywadwy</translation>
    </message>
    <message>
        <source>Why should %1 stay audible?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pam y dylai %1 aros yn glywadwy?</translation>
    </message>
    <message>
        <source>leave audible</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">gadael yn glywadwy</translation>
    </message>
    <message>
        <source>Ever&amp;ywhere…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ym mho&amp;bman…</translation>
    </message>
    <message>
        <source>Look for what was said in the selected range in every other exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio am yr hyn a ddywedwyd yn yr ystod a ddewiswyd ym mhob arddangosyn arall</translation>
    </message>
    <message>
        <source>Select a range of sound found in the transcript (♪) first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch ystod o sain a ganfuwyd yn y trawsgrifiad (♪) yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>My work</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fy ngwaith</translation>
    </message>
    <message>
        <source>My work: custody clocks, CPS requests, outbox, imports, recent cases</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fy ngwaith: clociau dalfa, ceisiadau CPS, blwch anfon, mewnforion, achosion diweddar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Achos</translation>
    </message>
    <message>
        <source>What is waiting</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth sy&apos;n aros</translation>
    </message>
    <message>
        <source>Enter or double-click: open the case where this is done.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enter neu glicio ddwywaith: agor yr achos lle gwneir hyn.</translation>
    </message>
    <message>
        <source>Custody clocks</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Clociau dalfa</translation>
    </message>
    <message>
        <source>CPS requests waiting for an answer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ceisiadau CPS sy&apos;n aros am ateb</translation>
    </message>
    <message>
        <source>Outbox: not yet delivered</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Blwch anfon: heb ei ddanfon eto</translation>
    </message>
    <message>
        <source>Interrupted imports</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforion a dorrwyd</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achosion diweddar</translation>
    </message>
    <message>
        <source>Nothing waiting: create a case with File ▸ New case (Ctrl+N).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dim yn aros: crëwch achos gyda Ffeil ▸ Achos newydd (Ctrl+N).</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translation type="unfinished">Ddim yn barod i gyflwyno</translation>
    </message>
    <message>
        <source>CPS inbox</source>
        <translation type="unfinished">Mewnflwch CPS</translation>
    </message>
    <message>
        <source>CPS inbox: not yet opened</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnflwch CPS: heb ei agor eto</translation>
    </message>
    <message>
        <source>Received: to review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi dod i law: i&apos;w adolygu</translation>
    </message>
    <message>
        <source>The hub&apos;s inbox was not reached (%1): what is shown is from this computer.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni chyrhaeddwyd mewnflwch yr hyb (%1): daw&apos;r hyn a ddangosir o&apos;r cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achos newydd</translation>
    </message>
    <message>
        <source>URN</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">URN</translation>
    </message>
    <message>
        <source>e.g. 62CF0041226</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">e.e. 62CF0041226</translation>
    </message>
    <message>
        <source>Case title</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Teitl yr achos</translation>
    </message>
    <message>
        <source>e.g. Robbery at Nisa Local, Queen Street</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">e.e. Lladrad yn Nisa Local, Heol y Frenhines</translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Swyddog yr achos</translation>
    </message>
    <message>
        <source>Crime reference</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfeirnod trosedd</translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;URN:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Officer in the case:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Swyddog yr achos:</translation>
    </message>
    <message>
        <source>&amp;Crime reference:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Cyfeirnod trosedd:</translation>
    </message>
    <message>
        <source>Create case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Creu achos</translation>
    </message>
    <message>
        <source>A case with URN %1 already exists.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae achos gyda URN %1 eisoes yn bodoli.</translation>
    </message>
    <message>
        <source>%1 — unit %2, serial %3, year 20%4</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 — uned %2, rhif cyfresol %3, blwyddyn 20%4</translation>
    </message>
</context>
<context>
    <name>OffenceDialog</name>
    <message>
        <source>Add offence</source>
        <translation type="unfinished">Ychwanegu trosedd</translation>
    </message>
    <message>
        <source>Search offences</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio troseddau</translation>
    </message>
    <message>
        <source>Code or words, e.g. TH68010 or &apos;theft shop&apos;</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cod neu eiriau, e.e. TH68010 neu &apos;theft shop&apos;</translation>
    </message>
    <message>
        <source>Matching offences</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Troseddau sy&apos;n cyfateb</translation>
    </message>
    <message>
        <source>Offence wording</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Geiriad y drosedd</translation>
    </message>
    <message>
        <source>Date from</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad o</translation>
    </message>
    <message>
        <source>Date to</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad i</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dd/mm/bbbb</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation type="unfinished">Diffynnydd</translation>
    </message>
    <message>
        <source>(not yet linked)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">(heb ei gysylltu eto)</translation>
    </message>
    <message>
        <source>&amp;Find offence:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio am &amp;drosedd:</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Geiriad:</translation>
    </message>
    <message>
        <source>Date &amp;from:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad &amp;o:</translation>
    </message>
    <message>
        <source>Date &amp;to:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad &amp;i:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Lleoliad:</translation>
    </message>
    <message>
        <source>&amp;Defendant:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Diffy&amp;nnydd:</translation>
    </message>
</context>
<context>
    <name>OffencesTable</name>
    <message>
        <source>CJS code</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cod CJS</translation>
    </message>
    <message>
        <source>Offence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trosedd</translation>
    </message>
    <message>
        <source>Wording</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Geiriad</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">O</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">I</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Diffynnydd</translation>
    </message>
</context>
<context>
    <name>PageNoteDialog</name>
    <message>
        <source>Note on %1, page %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodyn ar %1, tudalen %2</translation>
    </message>
    <message>
        <source>On the area you highlighted.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ar yr ardal a amlygwyd gennych.</translation>
    </message>
    <message>
        <source>On the whole page.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ar y dudalen gyfan.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Nodyn:</translation>
    </message>
    <message>
        <source>S&amp;hare with the police (it goes with your next review)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Rhannu gyda&apos;r heddlu (mae&apos;n mynd gyda&apos;ch adolygiad nesaf)</translation>
    </message>
    <message>
        <source>Share the note with the police</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhannu&apos;r nodyn gyda&apos;r heddlu</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Go to page</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mynd i dudalen</translation>
    </message>
    <message>
        <source>Page label and count</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Label a nifer y tudalennau</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwyddo</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffitio&apos;r lled</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffitio&apos;r dudalen</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cylchdroi</translation>
    </message>
    <message>
        <source>Rotate view 90 degrees clockwise</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cylchdroi&apos;r olwg 90 gradd gyda&apos;r cloc</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio yn y ddogfen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Blaenorol</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canlyniad blaenorol</translation>
    </message>
    <message>
        <source>Next</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nesaf</translation>
    </message>
    <message>
        <source>Next match</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canlyniad nesaf</translation>
    </message>
    <message>
        <source>Matches</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canlyniadau</translation>
    </message>
    <message>
        <source>Copy selection</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copïo&apos;r dewis</translation>
    </message>
    <message>
        <source>Copy the text in the selected area</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copïo&apos;r testun yn yr ardal a ddewiswyd</translation>
    </message>
    <message>
        <source>Document message</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Neges y ddogfen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tudalennau</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mawdluniau tudalennau</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn agor…</translation>
    </message>
    <message>
        <source>of %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">o %1</translation>
    </message>
    <message>
        <source>%1 matches on %2 pages</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 canlyniad ar %2 tudalen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dim canlyniadau</translation>
    </message>
    <message>
        <source>Turn the page upright to select text.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trowch y dudalen yn unionsyth i ddewis testun.</translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni ellir dangos y ddogfen hon: %1</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Role</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rôl</translation>
    </message>
    <message>
        <source>Surname</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfenw</translation>
    </message>
    <message>
        <source>Forenames</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enwau cyntaf</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad geni</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cod post</translation>
    </message>
    <message>
        <source>PNC ID</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ID PNC</translation>
    </message>
    <message>
        <source>ASN</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ASN</translation>
    </message>
    <message>
        <source>CRO no.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhif CRO</translation>
    </message>
    <message>
        <source>Collar no.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhif coler</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation type="unfinished">Ychwanegu person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rôl</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">C&amp;yfenw:</translation>
    </message>
    <message>
        <source>&amp;Forenames:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Enwau cyntaf:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Dyddiad geni:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cod p&amp;ost:</translation>
    </message>
    <message>
        <source>PNC &amp;ID:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;ID PNC:</translation>
    </message>
    <message>
        <source>&amp;ASN:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;ASN:</translation>
    </message>
    <message>
        <source>&amp;CRO number:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhif &amp;CRO:</translation>
    </message>
    <message>
        <source>C&amp;ollar number:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhif co&amp;ler:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dd/mm/bbbb</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Bydd yn cael ei gadw fel %1</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Oed %1</translation>
    </message>
</context>
<context>
    <name>Poster</name>
    <message>
        <source>Video: poster frame</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fideo: ffrâm boster</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Previewed item</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yr eitem yn y rhagolwg</translation>
    </message>
    <message>
        <source>Open in separate &amp;window</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor mewn ffenest&amp;r ar wahân</translation>
    </message>
    <message>
        <source>Open this item in a separate window</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor yr eitem hon mewn ffenestr ar wahân</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Neges rhagolwg</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Testun</translation>
    </message>
    <message>
        <source>Select an item to preview it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch eitem i weld rhagolwg ohoni.</translation>
    </message>
    <message>
        <source>this format cannot be previewed</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ni ellir dangos rhagolwg o&apos;r fformat hwn</translation>
    </message>
    <message>
        <source>%1 is kept exactly as supplied but cannot be previewed: %2.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cedwir %1 yn union fel y&apos;i cyflenwyd ond ni ellir dangos rhagolwg ohono: %2.</translation>
    </message>
    <message>
        <source>This picture&apos;s format cannot be shown on this computer; it is kept as supplied.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni ellir dangos fformat y llun hwn ar y cyfrifiadur hwn; fe&apos;i cedwir fel y&apos;i cyflenwyd.</translation>
    </message>
    <message>
        <source>No PDF copy of this document has been made (LibreOffice is not installed).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oes copi PDF o&apos;r ddogfen hon wedi&apos;i wneud (nid yw LibreOffice wedi&apos;i osod).</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gadw fel %1.</translation>
    </message>
    <message>
        <source>Transcribing on this computer…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn trawsgrifio ar y cyfrifiadur hwn…</translation>
    </message>
    <message>
        <source>Correct passage</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cywiro&apos;r darn</translation>
    </message>
    <message>
        <source>What was said at %1 (%2):</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth a ddywedwyd am %1 (%2):</translation>
    </message>
    <message>
        <source>Passage corrected (%1 correction(s)); the machine&apos;s transcript is kept.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Darn wedi&apos;i gywiro (%1 cywiriad); cedwir trawsgrifiad y peiriant.</translation>
    </message>
</context>
<context>
    <name>ProducerDialog</name>
    <message>
        <source>Who produced these items?</source>
        <translation type="unfinished">Pwy a gynhyrchodd yr eitemau hyn?</translation>
    </message>
    <message>
        <source>The person who produced or seized the items you import. Their initials start the exhibit references, and the continuity record names them.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y person a gynhyrchodd neu a atafaelodd yr eitemau rydych yn eu mewnforio. Mae eu blaenlythrennau yn dechrau cyfeirnodau&apos;r arddangosion, ac mae&apos;r cofnod parhad yn eu henwi.</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished">Cynhyrchydd</translation>
    </message>
    <message>
        <source>Add someone &amp;new…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu rhywun &amp;newydd…</translation>
    </message>
    <message>
        <source>Add someone new to the case as the producer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu rhywun newydd at yr achos fel y cynhyrchydd</translation>
    </message>
    <message>
        <source>Someone not yet on the case, such as the CCTV operator.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhywun nad yw ar yr achos eto, fel gweithredwr y TCC.</translation>
    </message>
    <message>
        <source>&amp;Producer:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Cynhyrchydd:</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewis ffeiliau…</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>%1: records</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1: cofnodion</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwan&amp;egu</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu %1</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Di&amp;leu</translation>
    </message>
    <message>
        <source>Delete selected %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dileu %1 a ddewiswyd</translation>
    </message>
    <message>
        <source>Person for this record</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Person ar gyfer y cofnod hwn</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Person:</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">(cofnod newydd)</translation>
    </message>
    <message>
        <source>Add a record first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegwch gofnod yn gyntaf.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegwyd: %1</translation>
    </message>
    <message>
        <source>Deleted. Its schedule number is never reused.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dilëwyd. Ni chaiff ei rif rhestr byth ei ailddefnyddio.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dilëwyd.</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
        <source>Redaction status</source>
        <translation type="unfinished">Statws golygu</translation>
    </message>
    <message>
        <source>%1 suggestion(s) made in the case&apos;s other exhibits.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 awgrym wedi&apos;u gwneud yn arddangosion eraill yr achos.</translation>
    </message>
</context>
<context>
    <name>RedactionWindow</name>
    <message>
        <source>Redact %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Golygu %1</translation>
    </message>
    <message>
        <source>Redaction of %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Golygu %1</translation>
    </message>
    <message>
        <source>Document being redacted</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y ddogfen sy&apos;n cael ei golygu</translation>
    </message>
    <message>
        <source>Reason for new marks</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheswm dros farciau newydd</translation>
    </message>
    <message>
        <source>Effect for new marks on an image</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Effaith marciau newydd ar lun</translation>
    </message>
    <message>
        <source>Black box</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Blwch du</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Picseleiddio</translation>
    </message>
    <message>
        <source>Blur</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Niwlio</translation>
    </message>
    <message>
        <source>Draw &amp;boxes</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu &amp;blychau</translation>
    </message>
    <message>
        <source>Drag on the page to add a box</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llusgwch ar y dudalen i ychwanegu blwch</translation>
    </message>
    <message>
        <source>Snap to &amp;words</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cydio wrth eiria&amp;u</translation>
    </message>
    <message>
        <source>A box dragged over text marks the whole words under it, as selected text, so the check afterwards looks for those words everywhere in the copy.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae blwch a lusgir dros destun yn marcio&apos;r geiriau cyfan oddi tano, fel testun a ddewiswyd, fel bod y gwiriad wedyn yn chwilio am y geiriau hynny ym mhobman yn y copi.</translation>
    </message>
    <message>
        <source>Add box on this pa&amp;ge</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwane&amp;gu blwch ar y dudalen hon</translation>
    </message>
    <message>
        <source>Add a box in the middle of the current page</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu blwch yng nghanol y dudalen hon</translation>
    </message>
    <message>
        <source>Remove this page</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r dudalen hon</translation>
    </message>
    <message>
        <source>Remove the current page from the redacted copy</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r dudalen hon o&apos;r copi wedi&apos;i olygu</translation>
    </message>
    <message>
        <source>Text or pattern to redact</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Testun neu batrwm i&apos;w olygu</translation>
    </message>
    <message>
        <source>Every occurrence is marked for approval.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae pob achos yn cael ei farcio i&apos;w gymeradwyo.</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mynegiad rheolaidd (rege&amp;x)</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ble i chwilio</translation>
    </message>
    <message>
        <source>This document</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y ddogfen hon</translation>
    </message>
    <message>
        <source>Every document of the case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pob dogfen yn yr achos</translation>
    </message>
    <message>
        <source>Mar&amp;k matches</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Marcio&apos;r cana&amp;lyniadau</translation>
    </message>
    <message>
        <source>Mark every match for redaction</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Marcio pob canlyniad i&apos;w olygu</translation>
    </message>
    <message>
        <source>Material is going to</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae&apos;r deunydd yn mynd at</translation>
    </message>
    <message>
        <source>Served on the defence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i gyflwyno i&apos;r amddiffyniad</translation>
    </message>
    <message>
        <source>The CPS, before charge</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">CPS, cyn cyhuddo</translation>
    </message>
    <message>
        <source>Disclosed unused material</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Deunydd nas defnyddiwyd a ddatgelwyd</translation>
    </message>
    <message>
        <source>&amp;Find suggestions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dod o hyd i a&amp;wgrymiadau</translation>
    </message>
    <message>
        <source>Suggestions: tick to accept</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Awgrymiadau: ticiwch i dderbyn</translation>
    </message>
    <message>
        <source>Accept ticked</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbyn y rhai a diciwyd</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbyn y cyfan</translation>
    </message>
    <message>
        <source>Decline selected…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwrthod y dewis…</translation>
    </message>
    <message>
        <source>Decline the selected suggestion, with a justification</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwrthod yr awgrym a ddewiswyd, gyda chyfiawnhad</translation>
    </message>
    <message>
        <source>Show marks</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dangos marciau</translation>
    </message>
    <message>
        <source>All marks</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pob marc</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>Reason %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheswm %1</translation>
    </message>
    <message>
        <source>Marks</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Marciau</translation>
    </message>
    <message>
        <source>Enter: go to the mark. Alt+arrows move it, Shift+arrows resize it, Delete removes it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enter: mynd at y marc. Alt+saethau i&apos;w symud, Shift+saethau i newid ei faint, Delete i&apos;w dynnu.</translation>
    </message>
    <message>
        <source>Reason of the selected mark</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheswm y marc a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Cymeradwyo&apos;r dewis</translation>
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymeradw&amp;yo&apos;r cyfan</translation>
    </message>
    <message>
        <source>&amp;Delete mark</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Dileu marc</translation>
    </message>
    <message>
        <source>&amp;Show result</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dango&amp;s y canlyniad</translation>
    </message>
    <message>
        <source>Show the document as the redacted copy will be</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dangos y ddogfen fel y bydd y copi wedi&apos;i olygu</translation>
    </message>
    <message>
        <source>Apply and &amp;verify</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gweithredu a gwiri&amp;o</translation>
    </message>
    <message>
        <source>Make the redacted copy and verify it</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwneud y copi wedi&apos;i olygu a&apos;i ddilysu</translation>
    </message>
    <message>
        <source>Verification problems</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Problemau dilysu</translation>
    </message>
    <message>
        <source>Add marks</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegu marciau</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Effaith:</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">C&amp;hwilio:</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Awgrymiadau</translation>
    </message>
    <message>
        <source>Going &amp;to:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn mynd &amp;at:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Da&amp;ngos:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheswm y &amp;marc:</translation>
    </message>
    <message>
        <source>%1 mark(s), %2 awaiting approval; %3 page(s) to remove.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 marc, %2 yn aros am gymeradwyaeth; %3 tudalen i&apos;w tynnu.</translation>
    </message>
    <message>
        <source>Redacted copy %1 is up to date and verified.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae copi wedi&apos;i olygu %1 yn gyfredol ac wedi&apos;i ddilysu.</translation>
    </message>
    <message>
        <source>whole page</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">tudalen gyfan</translation>
    </message>
    <message>
        <source>area</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ardal</translation>
    </message>
    <message>
        <source>approved</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <source>Turn the page upright to draw boxes.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trowch y dudalen yn unionsyth i dynnu blychau.</translation>
    </message>
    <message>
        <source>add box</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ychwanegu blwch</translation>
    </message>
    <message>
        <source>mark words</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">marcio geiriau</translation>
    </message>
    <message>
        <source>remove page</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">tynnu tudalen</translation>
    </message>
    <message>
        <source>move box</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">symud blwch</translation>
    </message>
    <message>
        <source>delete mark</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">dileu marc</translation>
    </message>
    <message>
        <source>change reason</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">newid rheswm</translation>
    </message>
    <message>
        <source>approve</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">cymeradwyo</translation>
    </message>
    <message>
        <source>%1 match(es) marked in %2 document(s), awaiting approval.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 canlyniad wedi&apos;u marcio mewn %2 dogfen, yn aros am gymeradwyaeth.</translation>
    </message>
    <message>
        <source>Searching every document of the case…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn chwilio pob dogfen yn yr achos…</translation>
    </message>
    <message>
        <source>mark matches</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">marcio canlyniadau</translation>
    </message>
    <message>
        <source>%1 match(es) marked, awaiting approval.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 canlyniad wedi&apos;u marcio, yn aros am gymeradwyaeth.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn chwilio…</translation>
    </message>
    <message>
        <source>Looking for personal data…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn chwilio am ddata personol…</translation>
    </message>
    <message>
        <source>%1 suggestion(s).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 awgrym.</translation>
    </message>
    <message>
        <source>accept suggestions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">derbyn awgrymiadau</translation>
    </message>
    <message>
        <source>Leave unredacted</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gadael heb ei olygu</translation>
    </message>
    <message>
        <source>Why should &apos;%1&apos; stay in the copy?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pam y dylai &apos;%1&apos; aros yn y copi?</translation>
    </message>
    <message>
        <source>decline suggestion</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">gwrthod awgrym</translation>
    </message>
    <message>
        <source>Redacted copy %1 made and verified: nothing under the marks can be recovered.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copi wedi&apos;i olygu %1 wedi&apos;i wneud a&apos;i ddilysu: ni ellir adfer dim o dan y marciau.</translation>
    </message>
    <message>
        <source>Applying and verifying…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn gweithredu ac yn dilysu…</translation>
    </message>
    <message>
        <source>Ever&amp;ywhere…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ym mho&amp;bman…</translation>
    </message>
    <message>
        <source>Look for the selected mark&apos;s text in every other exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio am destun y marc a ddewiswyd ym mhob arddangosyn arall</translation>
    </message>
    <message>
        <source>Counts where the same words or number appear in the case&apos;s other documents, pictures and recordings, and offers them there in one action.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn cyfrif lle mae&apos;r un geiriau neu rif yn ymddangos yn nogfennau, lluniau a recordiadau eraill yr achos, ac yn eu cynnig yno mewn un cam.</translation>
    </message>
    <message>
        <source>Select a mark over text (a suggestion, a match or snapped words) first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch farc dros destun (awgrym, cyfatebiaeth neu eiriau wedi&apos;u dal) yn gyntaf.</translation>
    </message>
    <message>
        <source>To end of l&amp;ine</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">I ddiwedd y ll&amp;inell</translation>
    </message>
    <message>
        <source>Remove the rest of the line with the selected marks</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu gweddill y llinell gyda&apos;r marciau a ddewiswyd</translation>
    </message>
    <message>
        <source>The box runs to the end of the line, so its width says nothing of how long the removed words were. A value that ends its line gets this without asking.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae&apos;r blwch yn rhedeg i ddiwedd y llinell, felly nid yw ei led yn dweud dim am hyd y geiriau a dynnwyd. Mae gwerth sy&apos;n gorffen ei linell yn cael hyn heb ofyn.</translation>
    </message>
    <message>
        <source>→ end of line</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">→ diwedd y llinell</translation>
    </message>
    <message>
        <source>Select a mark over text first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch farc dros destun yn gyntaf.</translation>
    </message>
    <message>
        <source>to end of line</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">i ddiwedd y llinell</translation>
    </message>
    <message>
        <source>Also in other exhibits: %1. Select its mark and choose Everywhere… to offer it there.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hefyd mewn arddangosion eraill: %1. Dewiswch ei farc a dewis Ym mhobman… i’w gynnig yno.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws adolygu</translation>
    </message>
    <message>
        <source>&amp;Accept all</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Derbyn y cyfan</translation>
    </message>
    <message>
        <source>Mark every item accepted</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodi bod pob eitem wedi&apos;i derbyn</translation>
    </message>
    <message>
        <source>Send re&amp;view</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Anfon yr &amp;adolygiad</translation>
    </message>
    <message>
        <source>Send your item verdicts to the police</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Anfon eich dyfarniadau ar yr eitemau at yr heddlu</translation>
    </message>
    <message>
        <source>Re&amp;quest material…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gofyn am dd&amp;eunydd…</translation>
    </message>
    <message>
        <source>Request missing material</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gofyn am ddeunydd sydd ar goll</translation>
    </message>
    <message>
        <source>Action &amp;plan…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynllun gweith&amp;redu…</translation>
    </message>
    <message>
        <source>Set an action plan task</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gosod tasg cynllun gweithredu</translation>
    </message>
    <message>
        <source>Char&amp;ging decision…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Penderfyniad cyhuddo…</translation>
    </message>
    <message>
        <source>Record the charging decision</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnodi&apos;r penderfyniad cyhuddo</translation>
    </message>
    <message>
        <source>Re&amp;ject file…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwr&amp;thod y ffeil…</translation>
    </message>
    <message>
        <source>Reject the file with reasons</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwrthod y ffeil gyda rhesymau</translation>
    </message>
    <message>
        <source>Items to review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Eitemau i&apos;w hadolygu</translation>
    </message>
    <message>
        <source>Feedback sent on this case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adborth a anfonwyd ar yr achos hwn</translation>
    </message>
    <message>
        <source>Feedback &amp;sent</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adborth a a&amp;nfonwyd</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">SHA-256 %1</translation>
    </message>
    <message>
        <source>Verdict on %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyfarniad ar %1</translation>
    </message>
    <message>
        <source>Type a note; it goes with your verdict.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Teipiwch nodyn; mae&apos;n mynd gyda&apos;ch dyfarniad.</translation>
    </message>
    <message>
        <source>%1 of %2 item(s) reviewed.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 o %2 eitem wedi&apos;u hadolygu.</translation>
    </message>
    <message>
        <source>Send review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Anfon yr adolygiad</translation>
    </message>
    <message>
        <source>%1 sent to the police; the hub signed it.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 wedi&apos;i anfon at yr heddlu; llofnododd yr hyb ef.</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arddangosyn</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Disgrifiad</translation>
    </message>
    <message>
        <source>Hub receipt</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbynneb yr hyb</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Eich dyfarniad</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <source>—</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi&apos;i adolygu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbyniwyd</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Angen gweithredu</translation>
    </message>
    <message>
        <source>A: accepted · R: reviewed · N: needs action · F2: note</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">A: derbyniwyd · R: wedi&apos;i adolygu · N: angen gweithredu · F2: nodyn</translation>
    </message>
    <message>
        <source>The item under review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yr eitem sy&apos;n cael ei hadolygu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Your review of %1 item(s) goes to the police: %2 accepted, %3 reviewed, %4 needing action; %5 note(s).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae eich adolygiad o %1 eitem yn mynd i&apos;r heddlu: %2 wedi&apos;u derbyn, %3 wedi&apos;u hadolygu, %4 angen gweithredu; %5 nodyn.</translation>
    </message>
    <message>
        <source>%1 item(s) have no verdict yet and are not included: %2.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oes dyfarniad eto ar %1 eitem ac nid ydynt wedi&apos;u cynnwys: %2.</translation>
    </message>
    <message>
        <source>Send it now?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ei anfon nawr?</translation>
    </message>
    <message>
        <source>Item review</source>
        <translation type="unfinished">Adolygiad eitemau</translation>
    </message>
    <message>
        <source>Charging decision</source>
        <translation type="unfinished">Penderfyniad cyhuddo</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished">Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Request for material</source>
        <translation type="unfinished">Cais am ddeunydd</translation>
    </message>
    <message>
        <source>Rejection of the file</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwrthod y ffeil</translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished">derbyniwyd</translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished">gwrthodwyd</translation>
    </message>
    <message>
        <source>not received</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">heb ei dderbyn</translation>
    </message>
    <message>
        <source>already received %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i dderbyn eisoes %1</translation>
    </message>
    <message>
        <source>answers %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">yn ateb %1</translation>
    </message>
    <message>
        <source>(submission %1)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">(cyflwyniad %1)</translation>
    </message>
    <message>
        <source>Your notes on the pages of this item</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Eich nodiadau ar dudalennau&apos;r eitem hon</translation>
    </message>
    <message>
        <source>Enter: show the page of the note.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enter: dangos tudalen y nodyn.</translation>
    </message>
    <message>
        <source>Note on t&amp;his page…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodyn ar y dudalen &amp;hon…</translation>
    </message>
    <message>
        <source>Write a note on the page shown, on the area you dragged over or the whole page</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ysgrifennu nodyn ar y dudalen a ddangosir, ar yr ardal a lusgwyd drosti neu&apos;r dudalen gyfan</translation>
    </message>
    <message>
        <source>Delete n&amp;ote</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dileu&apos;r nod&amp;yn</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dileu&apos;r nodyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Notes on pages (shared ones go to the police with your review)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodiadau ar dudalennau (mae&apos;r rhai a rennir yn mynd i&apos;r heddlu gyda&apos;ch adolygiad)</translation>
    </message>
    <message>
        <source>shared</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i rannu</translation>
    </message>
    <message>
        <source>private</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">preifat</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">t. %1</translation>
    </message>
    <message>
        <source>Open a document beside the list to write on its pages.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agorwch ddogfen wrth ymyl y rhestr i ysgrifennu ar ei thudalennau.</translation>
    </message>
    <message>
        <source>Note on %1 page %2 saved</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodyn ar %1 tudalen %2 wedi&apos;i gadw</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <source>Role</source>
        <translation type="unfinished">Rôl</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous control</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheolydd nesaf / blaenorol</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tab nesaf / blaenorol</translation>
    </message>
    <message>
        <source>Open the chosen case, exhibit or index entry</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor yr achos, yr arddangosyn neu&apos;r cofnod mynegai a ddewiswyd</translation>
    </message>
    <message>
        <source>Play or pause a recording in the viewer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwarae neu oedi recordiad yn y gwyliwr</translation>
    </message>
    <message>
        <source>Close a dialog, or leave full-screen video</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cau deialog, neu adael fideo sgrin lawn</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Tab: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tab: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Bysellau</translation>
    </message>
    <message>
        <source>What it does</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth mae&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Alt keys belong to the screen on show; menus open with Alt and their underlined letter.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae bysellau Alt yn perthyn i&apos;r sgrin a ddangosir; mae dewislenni&apos;n agor gydag Alt a&apos;u llythyren sydd wedi&apos;i thanlinellu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the hub</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodi i&apos;r hyb</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfeiriad yr hyb</translation>
    </message>
    <message>
        <source>The https:// address your force gave you for the hub.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y cyfeiriad https:// a roddodd eich heddlu i chi ar gyfer yr hyb.</translation>
    </message>
    <message>
        <source>User name</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Problem mewngofnodi</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">C&amp;yfeiriad yr hyb:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>The hub address starts with https://</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae cyfeiriad yr hyb yn dechrau gyda https://</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhowch eich enw defnyddiwr a&apos;ch cyfrinair.</translation>
    </message>
</context>
<context>
    <name>SpecForm</name>
    <message>
        <source>Restricted: never shown on a disclosable form.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfyngedig: ni chaiff byth ei ddangos ar ffurflen i&apos;w datgelu.</translation>
    </message>
    <message>
        <source> (restricted)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished"> (cyfyngedig)</translation>
    </message>
    <message>
        <source>One per line: dd/mm/yyyy[-dd/mm/yyyy] CODE reason (C course, H holiday, S sickness, W work, O other)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Un ar bob llinell: dd/mm/bbbb[-dd/mm/bbbb] COD rheswm (C cwrs, H gwyliau, S salwch, W gwaith, O arall)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Problem gyda %1</translation>
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <source>Hub sign-in</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodi i&apos;r hyb</translation>
    </message>
    <message>
        <source>Si&amp;gn in to hub…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewn&amp;gofnodi i&apos;r hyb…</translation>
    </message>
    <message>
        <source>Sign in to the hub</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodi i&apos;r hyb</translation>
    </message>
    <message>
        <source>Submit to &amp;CPS…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwyno i &amp;CPS…</translation>
    </message>
    <message>
        <source>Check readiness and submit this case to CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwirio parodrwydd a chyflwyno&apos;r achos hwn i CPS</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Oedi</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Oedi&apos;r anfon</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ailgychwyn</translation>
    </message>
    <message>
        <source>Resume the selected submission from where it stopped</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ailgychwyn y cyflwyniad a ddewiswyd o&apos;r man lle stopiodd</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hanes cyflwyno</translation>
    </message>
    <message>
        <source>Submission status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws y cyflwyniad</translation>
    </message>
    <message>
        <source>Receipt check</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwiriad derbynneb</translation>
    </message>
    <message>
        <source>Items in the submission</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Eitemau yn y cyflwyniad</translation>
    </message>
    <message>
        <source>Feedback from CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adborth gan CPS</translation>
    </message>
    <message>
        <source>What CPS asked for</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth a ofynnodd CPS amdano</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth sydd ei angen</translation>
    </message>
    <message>
        <source>By</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Erbyn</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwr</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Atebwyd gan</translation>
    </message>
    <message>
        <source>Chec&amp;k for feedback</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwilio am adbor&amp;th</translation>
    </message>
    <message>
        <source>Fetch new feedback from CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nôl adborth newydd gan CPS</translation>
    </message>
    <message>
        <source>Ans&amp;wer…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">At&amp;eb…</translation>
    </message>
    <message>
        <source>Choose the exhibits that answer the selected request</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewis yr arddangosion sy&apos;n ateb y cais a ddewiswyd</translation>
    </message>
    <message>
        <source>Feedback status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws adborth</translation>
    </message>
    <message>
        <source>Submission histor&amp;y</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hanes c&amp;yflwyno</translation>
    </message>
    <message>
        <source>Not signed in to a hub: sign in before submitting.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb fewngofnodi i hyb: mewngofnodwch cyn cyflwyno.</translation>
    </message>
    <message>
        <source>Submission %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwyniad %1</translation>
    </message>
    <message>
        <source>Item review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adolygiad eitemau</translation>
    </message>
    <message>
        <source>Charging decision</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Penderfyniad cyhuddo</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Request for material</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cais am ddeunydd</translation>
    </message>
    <message>
        <source>File rejected</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffeil wedi&apos;i gwrthod</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 wedi&apos;u derbyn</translation>
    </message>
    <message>
        <source>; needs action: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">; angen gweithredu: %1</translation>
    </message>
    <message>
        <source>to do</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">i&apos;w wneud</translation>
    </message>
    <message>
        <source>answered — goes with the next submission</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i ateb — yn mynd gyda&apos;r cyflwyniad nesaf</translation>
    </message>
    <message>
        <source>answer sent</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ateb wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>done</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>%1 action(s) to do</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 cam i&apos;w gwneud</translation>
    </message>
    <message>
        <source>%1 new feedback from CPS on %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 adborth newydd gan CPS ar %2</translation>
    </message>
    <message>
        <source>Checking for feedback from CPS…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn chwilio am adborth gan CPS…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ateb</translation>
    </message>
    <message>
        <source>Choose what CPS asked for first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch yn gyntaf yr hyn a ofynnodd CPS amdano.</translation>
    </message>
    <message>
        <source>%1 answered by %2: submit again to send only what is new.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 wedi&apos;i ateb gan %2: cyflwynwch eto i anfon dim ond yr hyn sy&apos;n newydd.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae %1 ar agor eto.</translation>
    </message>
    <message>
        <source>queued</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">yn y ciw</translation>
    </message>
    <message>
        <source>sending</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">yn anfon</translation>
    </message>
    <message>
        <source>paused</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi oedi</translation>
    </message>
    <message>
        <source>stopped</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi stopio</translation>
    </message>
    <message>
        <source>receipted</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">derbynneb wedi dod</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 o %2 wedi&apos;u derbyn</translation>
    </message>
    <message>
        <source>Nothing has been submitted for this case yet.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oes dim wedi&apos;i gyflwyno ar gyfer yr achos hwn eto.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 e</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 mun</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 awr %2 mun</translation>
    </message>
    <message>
        <source>waiting</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">yn aros</translation>
    </message>
    <message>
        <source>sent</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>already at the hub</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">eisoes yn yr hyb</translation>
    </message>
    <message>
        <source>refused</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">gwrthodwyd</translation>
    </message>
    <message>
        <source>received</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">derbyniwyd</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">GWRTHODWYD</translation>
    </message>
    <message>
        <source>NOT RECEIVED</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">HEB EI DDERBYN</translation>
    </message>
    <message>
        <source>No receipt yet.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dim derbynneb eto.</translation>
    </message>
    <message>
        <source>The stored receipt does NOT verify: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">NID yw&apos;r dderbynneb a gadwyd yn dilysu: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sent to %3.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 o %2 wedi&apos;u hanfon at %3.</translation>
    </message>
    <message>
        <source>Submit to CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwyno i CPS</translation>
    </message>
    <message>
        <source>Sign in to the hub first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodwch i&apos;r hyb yn gyntaf.</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ddim yn barod i gyflwyno</translation>
    </message>
    <message>
        <source>%1 cannot be submitted until these are put right (Case file tab, Readiness):</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni ellir cyflwyno %1 nes bod y rhain wedi&apos;u cywiro (tab Ffeil yr achos, Parodrwydd):</translation>
    </message>
    <message>
        <source>Sending to the hub…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn anfon at yr hyb…</translation>
    </message>
    <message>
        <source>Receipt from the hub: %1 of %2 item(s) received.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbynneb gan yr hyb: %1 o %2 eitem wedi&apos;u derbyn.</translation>
    </message>
    <message>
        <source>Paused: Resume carries on from where it stopped.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi oedi: mae Ailgychwyn yn parhau o&apos;r man lle stopiodd.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hyb</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arddangosyn</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Maint</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
        <source>Speed</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflymder</translation>
    </message>
    <message>
        <source>Time left</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Amser ar ôl</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbynneb</translation>
    </message>
    <message>
        <source>Hub&apos;s check</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwiriad yr hyb</translation>
    </message>
    <message>
        <source>Hub: %1, signed in as %2.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hyb: %1, wedi mewngofnodi fel %2.</translation>
    </message>
    <message>
        <source>Receipts must be signed by the hub&apos;s key %1.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhaid i dderbynebau gael eu llofnodi gan allwedd yr hyb %1.</translation>
    </message>
    <message>
        <source>Receipt verified: signed by the hub on %1.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbynneb wedi&apos;i gwirio: wedi&apos;i llofnodi gan yr hyb ar %1.</translation>
    </message>
    <message>
        <source>Signing key %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Allwedd llofnodi %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llinell amser</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trusted workstations</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gweithfannau dibynadwy</translation>
    </message>
    <message>
        <source>Case packages signed by these workstations are imported as coming from them. Add a key only after the sending unit has confirmed it to you by telephone or in person.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae pecynnau achos a lofnodwyd gan y gweithfannau hyn yn cael eu mewnforio fel rhai oddi wrthynt. Ychwanegwch allwedd dim ond ar ôl i&apos;r uned sy&apos;n anfon ei chadarnhau i chi dros y ffôn neu wyneb yn wyneb.</translation>
    </message>
    <message>
        <source>This workstation&apos;s key: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Allwedd y weithfan hon: %1</translation>
    </message>
    <message>
        <source>This workstation has not signed a package yet, so it has no key.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid yw&apos;r weithfan hon wedi llofnodi pecyn eto, felly nid oes ganddi allwedd.</translation>
    </message>
    <message>
        <source>This workstation&apos;s key</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Allwedd y weithfan hon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Key</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Allwedd</translation>
    </message>
    <message>
        <source>Added by</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegwyd gan</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwanegwyd</translation>
    </message>
    <message>
        <source>Trusted workstation keys</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Allweddi gweithfannau dibynadwy</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen workstation</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu&apos;r weithfan a ddewiswyd</translation>
    </message>
    <message>
        <source>16 characters, 0-9 and a-f</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">16 nod, 0-9 ac a-f</translation>
    </message>
    <message>
        <source>Key id</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dynodydd allwedd</translation>
    </message>
    <message>
        <source>Unit and desk, e.g. Leeds FBU desk 3</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Uned a desg, e.e. Uned Ffeiliau Caerdydd desg 3</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enw&apos;r weithfan</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ymddiried</translation>
    </message>
    <message>
        <source>Trust this workstation</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ymddiried yn y weithfan hon</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <source>&amp;Key id:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Dynodydd allwedd:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Enw:</translation>
    </message>
    <message>
        <source>%1 is now trusted.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae %1 bellach yn ddibynadwy.</translation>
    </message>
    <message>
        <source>Key %1 is no longer trusted.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid yw allwedd %1 yn ddibynadwy mwyach.</translation>
    </message>
</context>
<context>
    <name>ValidatedLineEdit</name>
    <message>
        <source>%1: check</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1: gwiriwch</translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <source>Video</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fideo</translation>
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <source>Waveform</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tonffurf</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Witness status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws tyst</translation>
    </message>
    <message>
        <source>Key witness</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tyst allweddol</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agored i niwed</translation>
    </message>
    <message>
        <source>Intimidated</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi cael ei frawychu</translation>
    </message>
    <message>
        <source>Police witness</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tyst o’r heddlu</translation>
    </message>
    <message>
        <source>Expert witness</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tyst arbenigol</translation>
    </message>
    <message>
        <source>Special measures</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mesurau arbennig</translation>
    </message>
    <message>
        <source>Screens</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Sgriniau</translation>
    </message>
    <message>
        <source>Live link</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyswllt byw</translation>
    </message>
    <message>
        <source>Video-recorded evidence-in-chief</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Prif dystiolaeth wedi’i recordio ar fideo</translation>
    </message>
    <message>
        <source>Pre-recorded cross-examination</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Croesholi wedi’i recordio ymlaen llaw</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfryngwr</translation>
    </message>
    <message>
        <source>Communication aids</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymhorthion cyfathrebu</translation>
    </message>
    <message>
        <source>Language preference</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewis iaith</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Saesneg</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymraeg</translation>
    </message>
    <message>
        <source>Welsh and English</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymraeg a Saesneg</translation>
    </message>
    <message>
        <source>Interpreter (language)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfieithydd (iaith)</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfeiriad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">E-bost</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Galwedigaeth</translation>
    </message>
    <message>
        <source>Particular needs</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Anghenion penodol</translation>
    </message>
    <message>
        <source>Dates to avoid</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiadau i’w hosgoi</translation>
    </message>
    <message>
        <source>No dates to avoid</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dim dyddiadau i’w hosgoi</translation>
    </message>
    <message>
        <source>Victim personal statement</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Datganiad personol y dioddefwr</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb ei gynnig</translation>
    </message>
    <message>
        <source>Offered and declined</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi’i gynnig a’i wrthod</translation>
    </message>
    <message>
        <source>Made</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi’i wneud</translation>
    </message>
    <message>
        <source>Consents to medical records access</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn cydsynio i weld cofnodion meddygol</translation>
    </message>
    <message>
        <source>Consents to details passing to CJS agencies</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn cydsynio i drosglwyddo manylion i asiantaethau CJS</translation>
    </message>
    <message>
        <source>Arrested at</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arestiwyd am</translation>
    </message>
    <message>
        <source>Arrest location</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Lleoliad yr arestio</translation>
    </message>
    <message>
        <source>Remand status</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Statws remánd</translation>
    </message>
    <message>
        <source>In custody</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn y ddalfa</translation>
    </message>
    <message>
        <source>Conditional bail</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mechnïaeth amodol</translation>
    </message>
    <message>
        <source>Unconditional bail</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mechnïaeth ddiamod</translation>
    </message>
    <message>
        <source>Summons</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwŷs</translation>
    </message>
    <message>
        <source>Postal requisition</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gofyniad drwy’r post</translation>
    </message>
    <message>
        <source>Released under investigation</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi’i ryddhau dan ymchwiliad</translation>
    </message>
    <message>
        <source>Bail conditions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Amodau mechnïaeth</translation>
    </message>
    <message>
        <source>First hearing court</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llys y gwrandawiad cyntaf</translation>
    </message>
    <message>
        <source>First hearing date</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad y gwrandawiad cyntaf</translation>
    </message>
    <message>
        <source>Reply after charge</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ateb ar ôl cyhuddo</translation>
    </message>
    <message>
        <source>PACE relevant time</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Amser perthnasol PACE</translation>
    </message>
    <message>
        <source>Detention authorised</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cadw wedi’i awdurdodi</translation>
    </message>
    <message>
        <source>Reviews held</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adolygiadau a gynhaliwyd</translation>
    </message>
    <message>
        <source>Superintendent&apos;s extension granted (s.42)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Estyniad uwch-arolygydd wedi’i ganiatáu (a.42)</translation>
    </message>
    <message>
        <source>Superintendent&apos;s extension until</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Estyniad uwch-arolygydd tan</translation>
    </message>
    <message>
        <source>Superintendent authorising</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Uwch-arolygydd yn awdurdodi</translation>
    </message>
    <message>
        <source>Warrant of further detention issued (s.43)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwarant cadw pellach wedi’i chyhoeddi (a.43)</translation>
    </message>
    <message>
        <source>Warrant authorises detention until</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae’r warant yn awdurdodi cadw tan</translation>
    </message>
    <message>
        <source>Court issuing the warrant</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Y llys sy’n cyhoeddi’r warant</translation>
    </message>
    <message>
        <source>Warrant extended (s.44)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwarant wedi’i hymestyn (a.44)</translation>
    </message>
    <message>
        <source>Warrant extended until</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwarant wedi’i hymestyn tan</translation>
    </message>
    <message>
        <source>Custody expiry (from the custody record)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Terfyn y ddalfa (o’r cofnod dalfa)</translation>
    </message>
    <message>
        <source>Custody record number</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhif y cofnod dalfa</translation>
    </message>
    <message>
        <source>Witness statement</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Datganiad tyst</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad ei gymryd</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad ei lofnodi</translation>
    </message>
    <message>
        <source>Statement</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Datganiad</translation>
    </message>
    <message>
        <source>Exhibits referred to</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arddangosion y cyfeirir atynt</translation>
    </message>
    <message>
        <source>Interview</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfweliad</translation>
    </message>
    <message>
        <source>Held at</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cynhaliwyd yn</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnod</translation>
    </message>
    <message>
        <source>Short descriptive note</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodyn disgrifiadol byr</translation>
    </message>
    <message>
        <source>Record of taped interview</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnod o gyfweliad ar dâp</translation>
    </message>
    <message>
        <source>Record of visually recorded interview</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnod o gyfweliad wedi’i recordio’n weledol</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Crynodeb</translation>
    </message>
    <message>
        <source>Recording exhibit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arddangosyn y recordiad</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cod post</translation>
    </message>
    <message>
        <source>Grid reference or latitude, longitude</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfeirnod grid neu ledred, hydred</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Disgrifiad</translation>
    </message>
    <message>
        <source>Sensitive (a home, refuge or observation post): keep off disclosable forms</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Sensitif (cartref, lloches neu fan arsylwi): ei gadw oddi ar ffurflenni i’w datgelu</translation>
    </message>
    <message>
        <source>Object (vehicle, weapon, device, property)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwrthrych (cerbyd, arf, dyfais, eiddo)</translation>
    </message>
    <message>
        <source>Category</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cerbyd</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arf</translation>
    </message>
    <message>
        <source>Phone or device</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffôn neu ddyfais</translation>
    </message>
    <message>
        <source>Stolen or damaged property</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Eiddo wedi’i ddwyn neu ei ddifrodi</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyffuriau</translation>
    </message>
    <message>
        <source>Cash</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arian parod</translation>
    </message>
    <message>
        <source>Document</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dogfen</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Arall</translation>
    </message>
    <message>
        <source>Identifier (VRM, IMEI, serial number)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dynodydd (VRM, IMEI, rhif cyfresol)</translation>
    </message>
    <message>
        <source>Exhibit reference</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfeirnod arddangosyn</translation>
    </message>
    <message>
        <source>Value (£)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwerth (£)</translation>
    </message>
    <message>
        <source>Event (timeline)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Digwyddiad (llinell amser)</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pryd</translation>
    </message>
    <message>
        <source>Where (a location&apos;s name)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ble (enw lleoliad)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Source (statement, CCTV exhibit, log)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ffynhonnell (datganiad, arddangosyn CCTV, log)</translation>
    </message>
    <message>
        <source>Non-sensitive unused material (MG6C)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Deunydd nas defnyddiwyd nad yw’n sensitif (MG6C)</translation>
    </message>
    <message>
        <source>Edited copy (exhibit)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copi wedi’i olygu (arddangosyn)</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Erlynydd</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Datgelu</translation>
    </message>
    <message>
        <source>Clearly not disclosable</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn amlwg nid i’w ddatgelu</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Archwilio</translation>
    </message>
    <message>
        <source>Sensitive material (MG6D)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Deunydd sensitif (MG6D)</translation>
    </message>
    <message>
        <source>Reason for sensitivity</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheswm dros sensitifrwydd</translation>
    </message>
    <message>
        <source>Agrees sensitive</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn cytuno ei fod yn sensitif</translation>
    </message>
    <message>
        <source>PII application</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cais PII</translation>
    </message>
    <message>
        <source>Disclosure officer&apos;s report entry (MG6E)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnod adroddiad y swyddog datgelu (MG6E)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhestr</translation>
    </message>
    <message>
        <source>MG6C</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">MG6C</translation>
    </message>
    <message>
        <source>MG6D</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">MG6D</translation>
    </message>
    <message>
        <source>Item number</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhif eitem</translation>
    </message>
    <message>
        <source>Why it may undermine the prosecution or assist the defence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pam y gallai danseilio’r erlyniad neu gynorthwyo’r amddiffyniad</translation>
    </message>
    <message>
        <source>Officer misconduct record (MG6B)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnod camymddwyn swyddog (MG6B)</translation>
    </message>
    <message>
        <source>Conviction, caution, finding or misconduct outcome</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Euogfarn, rhybudd, canfyddiad neu ganlyniad camymddwyn</translation>
    </message>
    <message>
        <source>Outstanding action</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cam gweithredu sy’n weddill</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
        <source>Target date</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad targed</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi’i wneud</translation>
    </message>
    <message>
        <source>Line of enquiry</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trywydd ymholi</translation>
    </message>
    <message>
        <source>Points away from the suspect</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn pwyntio oddi wrth y sawl a amheuir</translation>
    </message>
    <message>
        <source>Pursued</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi’i ddilyn</translation>
    </message>
    <message>
        <source>Reason not pursued</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rheswm dros beidio â’i ddilyn</translation>
    </message>
    <message>
        <source>Outstanding evidence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tystiolaeth sy’n weddill</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tystiolaeth</translation>
    </message>
    <message>
        <source>Compensation claim (MG19)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hawliad iawndal (MG19)</translation>
    </message>
    <message>
        <source>Amount claimed (£)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Swm a hawlir (£)</translation>
    </message>
    <message>
        <source>Loss, damage or injury</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Colled, difrod neu anaf</translation>
    </message>
    <message>
        <source>Treating doctor/dentist (section C)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Meddyg/deintydd sy’n trin (adran C)</translation>
    </message>
    <message>
        <source>MG19 received from the victim</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">MG19 wedi’i dderbyn gan y dioddefwr</translation>
    </message>
    <message>
        <source>Offence taken into consideration (MG18)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trosedd a ystyrir (MG18)</translation>
    </message>
    <message>
        <source>CJS code</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cod CJS</translation>
    </message>
    <message>
        <source>Offence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trosedd</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <source>Admitted and consents</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn cyfaddef ac yn cydsynio</translation>
    </message>
    <message>
        <source>Charging request (MG3)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cais am gyhuddo (MG3)</translation>
    </message>
    <message>
        <source>Red (custody)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Coch (dalfa)</translation>
    </message>
    <message>
        <source>Green priority</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwyrdd blaenoriaeth</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwyrdd</translation>
    </message>
    <message>
        <source>File type</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Math o ffeil</translation>
    </message>
    <message>
        <source>Pre-charge</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyn cyhuddo</translation>
    </message>
    <message>
        <source>GAP</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">GAP</translation>
    </message>
    <message>
        <source>NGAP</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">NGAP</translation>
    </message>
    <message>
        <source>Crown Court</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Llys y Goron</translation>
    </message>
    <message>
        <source>Anticipated plea</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ple a ragwelir</translation>
    </message>
    <message>
        <source>Guilty</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Euog</translation>
    </message>
    <message>
        <source>Not guilty</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dieuog</translation>
    </message>
    <message>
        <source>Proposed charges</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyhuddiadau arfaethedig</translation>
    </message>
    <message>
        <source>Suspect&apos;s account</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyfrif y sawl a amheuir</translation>
    </message>
    <message>
        <source>Understanding of the defence case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dealltwriaeth o achos yr amddiffyniad</translation>
    </message>
    <message>
        <source>Victim&apos;s views</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Barn y dioddefwr</translation>
    </message>
    <message>
        <source>Applicable time limits</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Terfynau amser perthnasol</translation>
    </message>
    <message>
        <source>Digital search: keywords</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwiliad digidol: allweddeiriau</translation>
    </message>
    <message>
        <source>Digital search: date ranges</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwiliad digidol: ystodau dyddiadau</translation>
    </message>
    <message>
        <source>Digital search: criteria and reasons</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Chwiliad digidol: meini prawf a rhesymau</translation>
    </message>
    <message>
        <source>Case summary (MG5)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Crynodeb o’r achos (MG5)</translation>
    </message>
    <message>
        <source>Headline summary</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Crynodeb pennawd</translation>
    </message>
    <message>
        <source>Chronology of events</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cronoleg y digwyddiadau</translation>
    </message>
    <message>
        <source>What the key witnesses say</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Beth mae’r tystion allweddol yn ei ddweud</translation>
    </message>
    <message>
        <source>Interview summary</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Crynodeb o’r cyfweliad</translation>
    </message>
    <message>
        <source>Section 9: compensation</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adran 9: iawndal</translation>
    </message>
    <message>
        <source>Section 12: certified by (supervisor)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adran 12: wedi’i ardystio gan (goruchwyliwr)</translation>
    </message>
    <message>
        <source>Certified on</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ardystiwyd ar</translation>
    </message>
    <message>
        <source>Case file information (MG6)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwybodaeth ffeil yr achos (MG6)</translation>
    </message>
    <message>
        <source>Witness issues</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Materion tystion</translation>
    </message>
    <message>
        <source>Information left out of the MG5</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwybodaeth a adawyd allan o’r MG5</translation>
    </message>
    <message>
        <source>Rationale for a police charging decision</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhesymeg dros benderfyniad cyhuddo gan yr heddlu</translation>
    </message>
    <message>
        <source>Other information for the prosecutor</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwybodaeth arall i’r erlynydd</translation>
    </message>
    <message>
        <source>MG6C: nil return certified</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">MG6C: ardystiwyd ffurflen ddim</translation>
    </message>
    <message>
        <source>MG6D: nil return certified</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">MG6D: ardystiwyd ffurflen ddim</translation>
    </message>
    <message>
        <source>MG6E: nothing undermines or assists (nil return)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">MG6E: dim byd yn tanseilio nac yn cynorthwyo (ffurflen ddim)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Drafft</translation>
    </message>
    <message>
        <source>Awaiting charging decision</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn aros am benderfyniad cyhuddo</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn barod i’w gyflwyno</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi’i gyflwyno</translation>
    </message>
    <message>
        <source>Closed</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi’i gau</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Sawl a amheuir</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Diffynnydd</translation>
    </message>
    <message>
        <source>Victim</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dioddefwr</translation>
    </message>
    <message>
        <source>Witness</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tyst</translation>
    </message>
    <message>
        <source>Officer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Swyddog</translation>
    </message>
    <message>
        <source>Choose the charging category (Red, Green priority or Green).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch y categori cyhuddo (Coch, Gwyrdd blaenoriaeth neu Wyrdd).</translation>
    </message>
    <message>
        <source>Set out the proposed charges.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodwch y cyhuddiadau arfaethedig.</translation>
    </message>
    <message>
        <source>Record the suspect&apos;s account (interview, pre-charge engagement or otherwise).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnodwch gyfrif y sawl a amheuir (cyfweliad, ymgysylltu cyn cyhuddo neu fel arall).</translation>
    </message>
    <message>
        <source>Give your understanding of the defence case (National File Standard).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhowch eich dealltwriaeth o achos yr amddiffyniad (y Safon Ffeiliau Genedlaethol).</translation>
    </message>
    <message>
        <source>Record the reasonable lines of enquiry, including any pointing away from the suspect.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnodwch y trywyddau ymholi rhesymol, gan gynnwys unrhyw rai sy&apos;n pwyntio oddi wrth y sawl a amheuir.</translation>
    </message>
    <message>
        <source>A Red (custody) referral needs the PACE relevant time of each suspect in custody.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae angen amser perthnasol PACE pob un sydd yn y ddalfa ar gyfer atgyfeiriad Coch (dalfa).</translation>
    </message>
    <message>
        <source>The custody clock entries are not possible under PACE; check them against the custody record.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid yw cofnodion cloc y ddalfa yn bosibl o dan PACE; gwiriwch nhw yn erbyn y cofnod dalfa.</translation>
    </message>
    <message>
        <source>The custody record&apos;s expiry differs from the time Casebridge computes: confirm it (hospital time and bail returns change it).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae terfyn y cofnod dalfa yn wahanol i&apos;r amser y mae Casebridge yn ei gyfrifo: cadarnhewch ef (mae amser yn yr ysbyty a dychwelyd ar fechnïaeth yn ei newid).</translation>
    </message>
    <message>
        <source>Write the MG5 headline summary.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ysgrifennwch grynodeb pennawd yr MG5.</translation>
    </message>
    <message>
        <source>The supervisor has not certified the MG5 (section 12).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid yw&apos;r goruchwyliwr wedi ardystio&apos;r MG5 (adran 12).</translation>
    </message>
    <message>
        <source>An NGAP file needs the MG6C: list the non-sensitive unused material or certify a nil return.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae angen yr MG6C ar ffeil NGAP: rhestrwch y deunydd nas defnyddiwyd nad yw&apos;n sensitif neu ardystiwch ffurflen ddim.</translation>
    </message>
    <message>
        <source>An NGAP file needs the MG6D: list the sensitive material or certify a nil return.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae angen yr MG6D ar ffeil NGAP: rhestrwch y deunydd sensitif neu ardystiwch ffurflen ddim.</translation>
    </message>
    <message>
        <source>An NGAP file needs the disclosure officer&apos;s report (MG6E), or a certified nil return.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae angen adroddiad y swyddog datgelu (MG6E) ar ffeil NGAP, neu ffurflen ddim wedi&apos;i hardystio.</translation>
    </message>
    <message>
        <source>An MG6C item marked as edited must name a verified redacted copy (Evidence ▸ Redact…), not the original or a missing exhibit.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Rhaid i eitem MG6C a nodwyd fel un wedi&apos;i golygu enwi copi wedi&apos;i olygu a&apos;i ddilysu (Tystiolaeth ▸ Cuddio rhannau…), nid y gwreiddiol nac arddangosyn sydd ar goll.</translation>
    </message>
    <message>
        <source>The statement has no signature date.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oes dyddiad llofnodi ar y datganiad.</translation>
    </message>
    <message>
        <source>The statement refers to an exhibit that is not on the MG12.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae&apos;r datganiad yn cyfeirio at arddangosyn nad yw ar yr MG12.</translation>
    </message>
    <message>
        <source>A key witness has no statement (MG11).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oes datganiad (MG11) gan dyst allweddol.</translation>
    </message>
    <message>
        <source>Video and audio exhibits need a description of what they show.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae angen disgrifiad o&apos;r hyn y maent yn ei ddangos ar arddangosion fideo a sain.</translation>
    </message>
    <message>
        <source>Whether a victim personal statement was offered or made is not recorded.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid yw wedi&apos;i gofnodi a gynigiwyd neu a wnaed datganiad personol y dioddefwr.</translation>
    </message>
    <message>
        <source>No MG19 received from this victim: put their details on the MG6 and send the MG19 later under an MG20.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dim MG19 wedi&apos;i dderbyn gan y dioddefwr hwn: rhowch ei fanylion ar yr MG6 ac anfonwch yr MG19 yn ddiweddarach dan MG20.</translation>
    </message>
    <message>
        <source>The first hearing date is not recorded.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid yw dyddiad y gwrandawiad cyntaf wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Signed copy (exhibit)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copi wedi&apos;i lofnodi (arddangosyn)</translation>
    </message>
    <message>
        <source>Dates to avoid are missing: enter them, or record that there are none (&quot;No dates to avoid&quot;).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae&apos;r dyddiadau i&apos;w hosgoi ar goll: rhowch nhw, neu cofnodwch nad oes rhai (&quot;Dim dyddiadau i&apos;w hosgoi&quot;).</translation>
    </message>
    <message>
        <source>Witness statement (MG11)</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Datganiad tyst (MG11)</translation>
    </message>
    <message>
        <source>CCTV</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Teledu cylch cyfyng (CCTV)</translation>
    </message>
    <message>
        <source>Body-worn video</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fideo a wisgir ar y corff</translation>
    </message>
    <message>
        <source>999 call recording</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Recordiad galwad 999</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnod cyfweliad</translation>
    </message>
    <message>
        <source>Forensic report</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adroddiad fforensig</translation>
    </message>
    <message>
        <source>Phone download</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Lawrlwythiad ffôn</translation>
    </message>
    <message>
        <source>Medical evidence</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tystiolaeth feddygol</translation>
    </message>
    <message>
        <source>Item review</source>
        <translation type="unfinished">Adolygiad eitemau</translation>
    </message>
    <message>
        <source>Charging decision</source>
        <translation type="unfinished">Penderfyniad cyhuddo</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished">Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Request for material</source>
        <translation type="unfinished">Cais am ddeunydd</translation>
    </message>
    <message>
        <source>File rejected</source>
        <translation type="unfinished">Ffeil wedi&apos;i gwrthod</translation>
    </message>
</context>
</TS>
