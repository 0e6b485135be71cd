<?php
$oferta1 = [
    'oferta_pracy' => [
        'numer_oferty' => '37129',
        'plec' => 'Podopieczny:',
        'podopieczny' => 'Pan Frank',
        'miejscowosc' => 'Berlin',
        'termin' => '03.02 - 03.05.2024',
        'stawka' => '1 900 € netto/mies.',
        'kilka_slow' => 'Pan Frank ma 65 lat. Nadal jest aktywny, lubi jeździć na rowerze i spacerować. U seniora zaczyna się demencja. Jest w fazie łagodnej. Zdarza mu się zapominać np. co robił wczoraj albo że godzinę temu jadł obiad. Potrzebuje wsparcia przede wszystkim w codziennych czynnościach, przypominania zażyciu leków i odpowiednim nawadnianiu. Cenna dla niego jest również rozmowa z Opiekunką i proste treningi pamięci.',
        'choroby' =>
        '<ul>
                <li>Łagodne, początkowe stadium demencji</li>
                <li>Nadciśnienie tętnicze</li>
                <li>Delikatny niedowład prawej ręki</li>
            </ul>',
        'mobilnosc' =>
        '<ul>
                <li>Pełna mobilność</li>
                <li>Pan Frank jest aktywny - spaceruje, jeździ na rowerze</li>
            </ul>',
        'zakres_wspierania' =>
        '<ul>
                <li>Towarzyszenie podczas spacerów</li>
                <li>Pomoc w wykonywaniu treningów pamięci np. wspólne rozwiązywanie krzyżówek, ćwiczenia zalecone przez neurologa czy gra memory</li>
                <li>Przypominanie seniorowi o nawadnianiu, posiłkach, lekach</li>
                <li>Robienie zakupów i gotowanie</li>
            </ul>',
        'co_lubi' =>
        '<ul>
                <li>Otwarty, sympatyczny, aktywny</li>
                <li>Poza spacerami i rowerem lubi czytać książki i gazety</li>
                <li>Chętnie wychodzi z Opiekunką do kina</li>
            </ul>',
        'co_powinnas' =>
        '<ul>
                <li>Żona Pana Franka zmarła 5 lat temu</li>
                <li>Ma dwójkę dzieci - jedno mieszka we Francji, drugie w centrum Berlina i odwiedza go raz na dwa tygodnie</li>
                <li>Senior mieszka sam w domu jednorodzinnym na obrzeżach miasta</li>
                <li>Jest to spokojna, czysta i bezpieczna dzielnica</li>
                <li>W okolicy jest sporo sklepów</li>
                <li>Do centrum można dojechać kolejką w 15 minut</li>
            </ul>',
        'opiekunki' => '„Bardzo spokojne zlecenie. Bez wstawania w nocy, transferu i ciężkich chorób. Chodzi głównie o aktywizację seniora, aby zatrzymać lub chociaż spowolnić rozwój demencji. Frank współpracuje, więc z tym nie ma problemu. Jego córka była mi bardzo wdzięczna, co jest dla Opiekunki bardzo miłe.<br /><br />Często chodziliśmy do kina lub teatru. Mój niemiecki był dobry, ale niestety nie na tyle, aby wszystko zrozumieć, więc polecam to zlecenie koleżankom, które mówią biegle. Frank jest gadatliwy, więc umiejętności językowe tu się bardzo przydają na co dzień.”',
    ],
];
