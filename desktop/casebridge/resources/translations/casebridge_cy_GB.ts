<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer with exhibits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which exhibits answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibits of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArrangeDialog</name>
    <message>
        <source>Arrange the bundle of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents in bundle order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section of the selected document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Leave out / include</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (left out)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">Adeiladu fersiwn newydd o'r bwndel</translation>
    </message>
    <message>
        <source>A&amp;rrange…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">T&amp;refnu…</translation>
    </message>
    <message>
        <source>Arrange the case's bundle: order, sections, left out</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Trefnu bwndel yr achos: trefn, adrannau, wedi'u gadael allan</translation>
    </message>
    <message>
        <source>Mark &amp;served</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodi wedi'i gyflw&amp;yno</translation>
    </message>
    <message>
        <source>Mark the shown version served: its page references freeze</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nodi bod y fersiwn a ddangosir wedi'i chyflwyno: mae ei chyfeirnodau tudalen yn rhewi</translation>
    </message>
    <message>
        <source>Compare with &amp;previous</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymharu â'r &amp;un blaenorol</translation>
    </message>
    <message>
        <source>Compare the shown version with the one before</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cymharu'r fersiwn a ddangosir â'r un cynt</translation>
    </message>
    <message>
        <source>Bundle versions</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Fersiynau'r bwndel</translation>
    </message>
    <message>
        <source>Bundle index</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mynegai'r bwndel</translation>
    </message>
    <message>
        <source>Enter: go to the document's first page.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Enter: mynd i dudalen gyntaf y ddogfen.</translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">A&amp;gor eitem</translation>
    </message>
    <message>
        <source>Open the selected exhibit on the Evidence tab</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor yr arddangosyn a ddewiswyd ar y tab Tystiolaeth</translation>
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
        <source>Index</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mynegai</translation>
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
        <source>No bundle built for this audience yet.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dim bwndel wedi'i adeiladu ar gyfer y gynulleidfa hon eto.</translation>
    </message>
    <message>
        <source>Served: page references frozen.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi'i gyflwyno: cyfeirnodau tudalen wedi'u rhewi.</translation>
    </message>
    <message>
        <source>Not served yet.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Heb ei gyflwyno eto.</translation>
    </message>
    <message>
        <source>%1 is a form: it is shown here in the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 built: %2 document(s); %3 left out for this audience.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn adeiladu…</translation>
    </message>
    <message>
        <source>Arrangement saved: build again to apply it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no earlier version to compare with.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oes fersiwn gynharach i'w chymharu â hi.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dim newidiadau.</translation>
    </message>
</context>
<context>
    <name>CaseFilePanel</name>
    <message>
        <source>Case file sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person whose details are shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Pe&amp;rson:</translation>
    </message>
    <message>
        <source>&lt;b&gt;People: witness, victim and defendant details&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PACE custody clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People: details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File type to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As set in the MG3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File &amp;type:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Math o ffeil:</translation>
    </message>
    <message>
        <source>Forms this case can produce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPS</source>
        <translation type="unfinished">CPS</translation>
    </message>
    <message>
        <source>Police (originals)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;or:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ar gyfer:</translation>
    </message>
    <message>
        <source>&lt;b&gt;PACE clock:&lt;/b&gt; these entries are not possible: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>custody record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;PACE clock:&lt;/b&gt; detention expires %1 (%2) — &lt;b&gt;%3&lt;/b&gt; [%4].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed from the entries: %1. Next review due: %2. Absolute limit (96 h): %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The custody record differs from the computed expiry by %1: confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a person to the case first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter to go to the field that fixes this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 file: %2 blocking error(s), %3 warning(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 file: ready — no errors or warnings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disclosable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>police/CPS only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of %1 opened.</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>CaseListPane</name>
    <message>
        <source>Search by URN, name or offence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Cases&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>URN and force</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">URN a'r heddlu</translation>
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
        <translation type="unfinished">Crynodeb o'r achos</translation>
    </message>
    <message>
        <source>Problem with the last edit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Problem gyda'r golygiad diwethaf</translation>
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
        <translation type="unfinished">Tynnu'r person a ddewiswyd</translation>
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
        <translation type="unfinished">Tynnu'r drosedd a ddewiswyd</translation>
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
        <translation type="unfinished">Adrannau'r achos</translation>
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
        <translation type="unfinished">Pob newid wedi'i gadw (diwethaf am %1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn cadw…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi'i gadw</translation>
    </message>
    <message>
        <source>Remove %1 from this case?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu %1 o'r achos hwn?</translation>
    </message>
    <message>
        <source>Remove offence %1 (%2) from this case?</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Tynnu trosedd %1 (%2) o'r achos hwn?</translation>
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
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Ysgrifennu &amp;llythyr…</translation>
    </message>
    <message>
        <source>Write a letter to the selected person in their language</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Ysgrifennu llythyr at y person a ddewiswyd yn ei iaith ei hun</translation>
    </message>
    <message>
        <source>Choose the person to write to first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Dewiswch y person i ysgrifennu ato yn gyntaf.</translation>
    </message>
    <message>
        <source>Save the letter to %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Cadw'r llythyr at %1</translation>
    </message>
    <message>
        <source>Letter to %1 saved as %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Llythyr at %1 wedi'i gadw fel %2</translation>
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
        <translation type="unfinished">Eitemau i'w hanfon</translation>
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
        <source>Verify integrity of this case's exhibits</source>
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
        <translation type="unfinished">Cuddio rhannau o'r arddangosyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Mark what to remove, approve, then make a verified redacted copy.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">Llusgwch ffeiliau neu ffolderi yma i'w mewnforio i'r achos hwn.</translation>
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
        <translation type="unfinished">Canslo'r mewnforio sy'n rhedeg</translation>
    </message>
    <message>
        <source>Finish interrupted import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard interrupted import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted copy added to the exhibits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import files into %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a folder into %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who produced these items?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the officer who produced or seized these items to the case first (Case details ▸ Add person).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Producer (their initials start the exhibit references):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn mewnforio</translation>
    </message>
    <message>
        <source>Finishing interrupted import</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Discarded %n interrupted item(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>An import was interrupted: %n file(s) not yet finished.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 imported, %2 already in the case, %3 could not be imported, %4 skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforio wedi gorffen</translation>
    </message>
    <message>
        <source>Some items need your attention: see the details.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n stored item(s) match their fingerprints.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn canslo…</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Aeth rhywbeth o'i le</translation>
    </message>
    <message>
        <source>Error report</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Adroddiad gwall</translation>
    </message>
    <message>
        <source>Casebridge hit an unexpected problem. Your saved work is safe. Copy the report below and send it to your IT service desk; it contains no case details.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cafodd Casebridge broblem annisgwyl. Mae eich gwaith a gadwyd yn ddiogel. Copïwch yr adroddiad isod a'i anfon at eich desg gwasanaeth TG; nid yw'n cynnwys manylion unrhyw achos.</translation>
    </message>
    <message>
        <source>Error report text</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Testun yr adroddiad gwall</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Copïo'r adroddiad</translation>
    </message>
    <message>
        <source>Copy report to clipboard</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Copïo'r adroddiad i'r clipfwrdd</translation>
    </message>
</context>
<context>
    <name>ExhibitEditor</name>
    <message>
        <source>Exhibit reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seized or received (date and time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File and fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continuity log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make &amp;searchable copy (OCR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the text of this picture or scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record hand&amp;ling…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cofnodi &amp;triniaeth…</translation>
    </message>
    <message>
        <source>Record handling of this exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prod&amp;ucer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sei&amp;zed/received:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished">Arddangosyn</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was done with %1 (for example: booked into store, locker 14)?</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished">Maint</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seized / received</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Request material for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action plan for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charging decision on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject the file for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One charge per line; a CJS code first if you have it (TH68010 Theft …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What is needed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is needed</source>
        <translation type="unfinished">Beth sydd ei angen</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Charges:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons for rejecting the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say what is needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <source>Video frame</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit picture to window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate view 90 degrees clockwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Picture details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPS: %1, %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">Wrthi'n cael ei adolygu</translation>
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
        <translation type="unfinished">Wedi'i wrthod</translation>
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
        <translation type="unfinished">Adnewyddu'r mewnflwch o'r hyb</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor yr ac&amp;hos</translation>
    </message>
    <message>
        <source>Download the selected submission and open its case</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Lawrlwytho'r cyflwyniad a ddewiswyd ac agor ei achos</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Close the inbox</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cau'r mewnflwch</translation>
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
        <translation type="unfinished">Yn holi'r hyb…</translation>
    </message>
    <message>
        <source>new</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">newydd</translation>
    </message>
    <message>
        <source>in review</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wrthi'n cael ei adolygu</translation>
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
        <translation type="unfinished">wedi'i wrthod</translation>
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
        <source>%1: %2 new item(s), every file's SHA-256 checked.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1: %2 eitem newydd, SHA-256 pob ffeil wedi'i wirio.</translation>
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
        <source>Choose a case on the left, or create one with File ▸ New case (Ctrl+N).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Dewiswch achos ar y chwith, neu crëwch un gyda Ffeil ▸ Achos newydd (Ctrl+N).</translation>
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
        <translation type="unfinished">Ni ellir agor %1: nid oes ffeil o'r fath.</translation>
    </message>
    <message>
        <source>Casebridge opens case packages (.cbcase). To add %1 to a case as evidence, open the case and use Import on its Evidence tab.</source>
        <translation type="unfinished" />
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
        <source>Case %1 was imported from %2. Its signature and the digest of every file were checked.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewnforiwyd achos %1 o %2. Gwiriwyd ei lofnod a chrynodeb pob ffeil.</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Achos wedi'i fewnforio</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni fewnforiwyd %1: %2</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn gwirio ac yn mewnforio %1…</translation>
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
        <source>The inbox is for CPS reviewers: sign in to the hub with a CPS account (Exchange tab).</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mae'r mewnflwch ar gyfer adolygwyr CPS: mewngofnodwch i'r hyb gyda chyfrif CPS (tab Cyfnewid).</translation>
    </message>
    <message>
        <source>Casebridge %1
Reference data: %2
Workspace: %3

Licensed under the GNU AGPL v3 or later.</source>
        <translation type="unfinished" />
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
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">&amp;Iaith</translation>
    </message>
    <message>
        <source>High &amp;contrast</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Llwybrau byr y &amp;bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <source>Player message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous frame (Left arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next frame (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save still as exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the current frame as a new exhibit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished">Cyflymder</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media cannot be played on this computer. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The original could not be decoded here: playing its viewing proxy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item cannot be played: the media engine could not decode it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaRedactionWindow</name>
    <message>
        <source>Redact %1 (video and audio)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◀ Frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frame ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next frame</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for new masks and ranges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effect of the selected mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pixelate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shape of the selected mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ellipse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter: go to the mask's start. Alt+arrows move it here, Shift+Alt resize.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New mask here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End mask here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave &amp;visible…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the selected person visible, with a justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect &amp;faces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When a detected face is lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold its mask for a second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also blur the whole picture until a face is found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mute selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bleep selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep only selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trim the copy to the selected range (adds to earlier ones)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport and verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
        <source>Redaction status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effe&amp;ct:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected %1–%2 s: mute, bleep or keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left visible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mask(s), %2 awaiting approval; %3 silenced range(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>move mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete mask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave visible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why should %1 stay visible?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave visible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag across the waveform to select what to silence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>silence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag across the timeline to select what to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Oedi</translation>
    </message>
    <message>
        <source>detect faces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 person(s) found: approve each mask, or leave someone visible with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for faces…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted copy %1 exported and verified frame by frame.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code or words, e.g. TH68010 or 'theft shop'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching offences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offence wording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find offence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date &amp;from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Defendant:</source>
        <translation type="unfinished" />
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
    <name>PdfViewer</name>
    <message>
        <source>Go to page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page label and count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate view 90 degrees clockwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find in document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the text in the selected area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 matches on %2 pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn the page upright to select text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forenames:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNC &amp;ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;ASN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;CRO number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ollar number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Previewed item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in separate &amp;window</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Agor mewn ffenest&amp;r ar wahân</translation>
    </message>
    <message>
        <source>Open this item in a separate window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an item to preview it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this format cannot be previewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is kept exactly as supplied but cannot be previewed: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This picture's format cannot be shown on this computer; it is kept as supplied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No PDF copy of this document has been made (LibreOffice is not installed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>%1: records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ychwan&amp;egu</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Di&amp;leu</translation>
    </message>
    <message>
        <source>Delete selected %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Person for this record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Person:</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Person:</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a record first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted. Its schedule number is never reused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RedactionWindow</name>
    <message>
        <source>Redact %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redaction of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document being redacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for new marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effect for new marks on an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Black box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pixelate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw &amp;boxes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag on the page to add a box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snap to &amp;words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A box dragged over text marks the whole words under it, as selected text, so the check afterwards looks for those words everywhere in the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add box on this pa&amp;ge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a box in the middle of the current page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the current page from the redacted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text or pattern to redact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every occurrence is marked for approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every document of the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mar&amp;k matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark every match for redaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Material is going to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served on the defence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CPS, before charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disclosed unused material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestions: tick to accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decline selected…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decline the selected suggestion, with a justification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter: go to the mark. Alt+arrows move it, Shift+arrows resize it, Delete removes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason of the selected mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approve a&amp;ll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the document as the redacted copy will be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply and &amp;verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the redacted copy and verify it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
        <source>Redaction status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Going &amp;to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 mark(s), %2 awaiting approval; %3 page(s) to remove.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted copy %1 is up to date and verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whole page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn the page upright to draw boxes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>move box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 match(es) marked in %2 document(s), awaiting approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching every document of the case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 match(es) marked, awaiting approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for personal data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 suggestion(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accept suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave unredacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why should '%1' stay in the copy?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decline suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redacted copy %1 made and verified: nothing under the marks can be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applying and verifying…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark every item accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send re&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send your item verdicts to the police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;quest material…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request missing material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action &amp;plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set an action plan task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Char&amp;ging decision…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the charging decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ject file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject the file with reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback sent on this case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback &amp;sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · submission %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a note; it goes with your verdict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 item(s) reviewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent to the police; the hub signed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished">Arddangosyn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Disgrifiad</translation>
    </message>
    <message>
        <source>Hub receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Atebion</translation>
    </message>
    <message>
        <source>Your verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
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
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Rheolydd nesaf / blaenorol</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Tab nesaf / blaenorol</translation>
    </message>
    <message>
        <source>Open the chosen case, exhibit or index entry</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Agor yr achos, yr arddangosyn neu'r cofnod mynegai a ddewiswyd</translation>
    </message>
    <message>
        <source>Play or pause a recording in the viewer</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Chwarae neu oedi recordiad yn y gwyliwr</translation>
    </message>
    <message>
        <source>Close a dialog, or leave full-screen video</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Cau deialog, neu adael fideo sgrin lawn</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Tab: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Tab: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Bysellau</translation>
    </message>
    <message>
        <source>What it does</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Beth mae'n ei wneud</translation>
    </message>
    <message>
        <source>Alt keys belong to the screen on show; menus open with Alt and their underlined letter.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Mae bysellau Alt yn perthyn i'r sgrin a ddangosir; mae dewislenni'n agor gydag Alt a'u llythyren sydd wedi'i thanlinellu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment><translation type="unfinished">Cau</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the hub</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodi i'r hyb</translation>
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
        <translation type="unfinished">Rhowch eich enw defnyddiwr a'ch cyfrinair.</translation>
    </message>
</context>
<context>
    <name>SpecForm</name>
    <message>
        <source>Restricted: never shown on a disclosable form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (restricted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the last edit</source>
        <translation type="unfinished">Problem gyda'r golygiad diwethaf</translation>
    </message>
    <message>
        <source>One per line: dd/mm/yyyy[-dd/mm/yyyy] CODE reason (C course, H holiday, S sickness, W work, O other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <source>Hub sign-in</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodi i'r hyb</translation>
    </message>
    <message>
        <source>Si&amp;gn in to hub…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewn&amp;gofnodi i'r hyb…</translation>
    </message>
    <message>
        <source>Sign in to the hub</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodi i'r hyb</translation>
    </message>
    <message>
        <source>Submit to &amp;CPS…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwyno i &amp;CPS…</translation>
    </message>
    <message>
        <source>Check readiness and submit this case to CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwirio parodrwydd a chyflwyno'r achos hwn i CPS</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Oedi</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Oedi'r anfon</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">&amp;Ailgychwyn</translation>
    </message>
    <message>
        <source>Resume the selected submission from where it stopped</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ailgychwyn y cyflwyniad a ddewiswyd o'r man lle stopiodd</translation>
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
        <translation type="unfinished">Dewis yr arddangosion sy'n ateb y cais a ddewiswyd</translation>
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
        <source>Hub: %1 as %2 · receipts must be signed by key %3</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Hyb: %1 fel %2 · rhaid i dderbynebau gael eu llofnodi gan allwedd %3</translation>
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
        <translation type="unfinished">Ffeil wedi'i gwrthod</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 wedi'u derbyn</translation>
    </message>
    <message>
        <source>; needs action: %1</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">; angen gweithredu: %1</translation>
    </message>
    <message>
        <source>to do</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">i'w wneud</translation>
    </message>
    <message>
        <source>answered — goes with the next submission</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi'i ateb — yn mynd gyda'r cyflwyniad nesaf</translation>
    </message>
    <message>
        <source>answer sent</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">ateb wedi'i anfon</translation>
    </message>
    <message>
        <source>done</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">wedi'i wneud</translation>
    </message>
    <message>
        <source>%1 action(s) to do</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 cam i'w gwneud</translation>
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
        <translation type="unfinished">%1 wedi'i ateb gan %2: cyflwynwch eto i anfon dim ond yr hyn sy'n newydd.</translation>
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
        <translation type="unfinished">%1 o %2 wedi'u derbyn</translation>
    </message>
    <message>
        <source>Nothing has been submitted for this case yet.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Nid oes dim wedi'i gyflwyno ar gyfer yr achos hwn eto.</translation>
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
        <translation type="unfinished">wedi'i anfon</translation>
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
        <translation type="unfinished">NID yw'r dderbynneb a gadwyd yn dilysu: %1</translation>
    </message>
    <message>
        <source>Receipt verified: signed by the hub's key %1 at %2.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbynneb wedi'i dilysu: wedi'i llofnodi gan allwedd yr hyb %1 am %2.</translation>
    </message>
    <message>
        <source>%1 of %2 sent to %3.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">%1 o %2 wedi'u hanfon at %3.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn mewngofnodi i %1…</translation>
    </message>
    <message>
        <source>Submit to CPS</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Cyflwyno i CPS</translation>
    </message>
    <message>
        <source>Sign in to the hub first.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Mewngofnodwch i'r hyb yn gyntaf.</translation>
    </message>
    <message>
        <source>Not ready to submit</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ddim yn barod i gyflwyno</translation>
    </message>
    <message>
        <source>%1 cannot be submitted until these are put right (Case file tab, Readiness):</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Ni ellir cyflwyno %1 nes bod y rhain wedi'u cywiro (tab Ffeil yr achos, Parodrwydd):</translation>
    </message>
    <message>
        <source>Sending to the hub…</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Yn anfon at yr hyb…</translation>
    </message>
    <message>
        <source>Receipt from the hub: %1 of %2 item(s) received.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Derbynneb gan yr hyb: %1 o %2 eitem wedi'u derbyn.</translation>
    </message>
    <message>
        <source>Paused: Resume carries on from where it stopped.</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Wedi oedi: mae Ailgychwyn yn parhau o'r man lle stopiodd.</translation>
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
        <source>Hub's check</source>
        <translatorcomment>Drafted by the developers: needs review by a Welsh speaker.</translatorcomment>
        <translation type="unfinished">Gwiriad yr hyb</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValidatedLineEdit</name>
    <message>
        <source>%1: check</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Waveform</name>
    <message>
        <source>Waveform</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
</TS>