<%@ include file="/WEB-INF/jsp-include/tag-import.jsp" %>
<zfin2:page title="ZFIN ZFMonitor Vol 3(2)">
<div><h3>POSTDOCTORAL POSITION</h3><p>
University of Auckland, New Zealand</p><p>
A post-doctoral position for a person interested in studying muscle differentiation using the zebrafish as a model system is available within a small group in the School of Biological Sciences at the University of Auckland. Candidates must have practical expertise in molecular biological techniques. The position is available for two years at $NZ35,000 per year. Assistance with travel expenses will be provided.</p><p>
For further information interested persons should contact Clive Evans, Developmental Biology and Cancer Research Group, School of Biological Sciences, University of Auckland, Private Bag 92019, Auckland, New Zealand. e-mail c.evans@auckland.ac.nz, tel +64 9 373 7599 ext  7245; FAX +64 9 373 7417 
</p><p></p><hr>
<a href="contents.html">Return to Contents</a><br>

</div>
</zfin2:page>
