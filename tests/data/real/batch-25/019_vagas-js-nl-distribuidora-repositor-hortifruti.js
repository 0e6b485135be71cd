var db = {
    dados: [
        {
            titulo: 'Repositor de Hortifruti' ,
            empresa: 'NL Distribuidora de alimentos LTDA. ' ,
            descricao_breve: 'Reposição de mercadorias da área de hortifrúti, organização de todo o setor de hortifrúti do supermercado. ',
            tipo: 'Tempo Integral, Efetivo/CLT',
            salario: '1.250,00',
            requisitos: 'Ensino médio completo',
            beneficios: 'Assistência medica e odontologica, seguro de vida , vale-alimentação, vale-transporte.'
        }
    ]
}
