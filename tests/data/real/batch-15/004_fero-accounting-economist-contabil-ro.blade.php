@extends('layouts.main')

@section('content')
    <div class="content">
        <div class="header-title">ECONOMIST CONTABIL</div>
        <table class="table">
            <tr>
                <td>Tip ofertaă</td>
                <td>Job Full Time</td>
            </tr>
            <tr>
                <td>Nivel carieră</td>
                <td>Entry</td>
            </tr>
            <tr>
                <td>Domenii ofertă</td>
                <td>Finanțe</td>
            </tr>
            <tr>
                <td>Oraș</td>
                <td>București</td>
            </tr>
        </table>
    </div>
    <div class="content">
        <h4>CANDIDATUL IDEAL:</h4>
        Studii medii sau superioare, specializare Contabilitate;<br />
        Experiență minim 1 an în Contabilitate;<br />
        Utilizator de nivel mediu aplicații MS Office sau Open Office;<br />
        Operare programe specifice de contabilitate;<br />
        Cunoștințe medii limba engleză;<br />
        Disponibilitate pentru deplasări la autorități.<br />

        <h4>CONSTITUIE AVANTAJ:</h4>
        Experiența anterioară într-o firmă afiliată CECCAR;<br />
        Cunostințe de utilizare a programului de contabilitate WinMENTOR.<br />

        <h4>RESPONSABILITATI:</h4>
        Noul nostru coleg va fi responsabil cu operarea documentelor de contabilitate primară și arhivarea lor, închiderea balanței lunare, raportarea către clienți și întocmirea de documente solicitate de către aceștia.<br />
        Va avea, de asemenea, un aport important în inițierea și menținerea relațiilor cu autoritățile statului (ANAF și ITM în principal) în numele clienților noștri. Va întocmi și depune declarații fiscale.<br />

        <h4>BENEFICII:</h4>
        Salariu: se va negocia în urma interviului;<br />

        <h4>DESCRIEREA COMPANIEI:</h4>
        Grupul nostru de societăți este unul dintre cele mai bune locuri în care se poate demara o afacere: oferim consiliere, înființăm firme, ținem contabilitatea și administrăm personalul.<br />
        Misiunea noastră este să facem viața mai ușoară și mai profitabilă oricărui întreprinzător care își gestionează afacerea împreună cu noi.<br />
        Avem în spate o echipă de profesioniști economiști, experți contabili, inspectori resurse umane, juriști și avocați.<br />
        Această echipă are ca obiectiv furnizarea unor servicii integrate, specifice nevoilor întreprinzătorilor, la prețuri corecte, care să reflecte costurile reale interne, să tină cont de realitatea din piață dar mai ales de stadiul de dezvoltare al întreprinzătorului client.<br />
        Serviciile oferite sunt complexe și includ toată gama de evidențe contabile, expertiză contabilă, consultanță legată de înființări, modificări și radieri la Registrul Comerțului, administrare personal și salarizare.
    </div>
@endsection