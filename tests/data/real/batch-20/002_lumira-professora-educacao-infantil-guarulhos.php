<?php
$JOBS = [
    [
        'id' => 'prof-educacao-infantil',
        'title' => 'Professora de Educação Infantil',
        'department' => 'Pedagógico',
        'location' => 'Vila Augusta, Guarulhos',
        'type' => 'CLT',
        'workload' => '44h semanais',
        'summary' => 'Buscamos uma educadora apaixonada pela primeira infância para mediar descobertas e cuidar com afeto.',
        'description' => 'Como Professora de Educação Infantil, você será responsável por planejar e executar atividades pedagógicas alinhadas à BNCC e nossa pedagogia afetiva. Você acompanhará o desenvolvimento integral das crianças, criando um ambiente seguro, acolhedor e estimulante.',
        'requirements' => [
            'Licenciatura plena em Pedagogia;',
            'Experiência mínima de 2 anos em sala de aula;',
            'Conhecimento em metodologias ativas e BNCC;',
            'Paixão por alfabetização e ludicidade;',
            'Disponibilidade integral.'
        ],
        'benefits' => [
            'Vale Transporte;',
            'Cesta Básica;',
            'Plano Odontológico;',
            'Bolsa de estudos para filhos (50%);',
            'Formação continuada mensal.'
        ],
        'posted_at' => '2024-12-20'
    ],
