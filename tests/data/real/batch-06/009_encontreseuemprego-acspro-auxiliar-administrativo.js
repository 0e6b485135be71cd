{
            "titulo": "Auxiliar Administrativo ",
            "empresa": "ACS Pro",
            "aplicacao": "https://acsoftware.zohorecruit.com/jobs/Careers/539647000007186224/Auxiliar-Administrativo-a?source=CareerSite",
            "formato": "Remoto",
            "cidade": "",
            "pais": "Brasil",
            "descricao": "Este é um cargo remoto.\nNa ACS Pro, promovemos um ambiente de trabalho colaborativo e estimulante, onde você terá a oportunidade de desenvolver suas habilidades e conhecimentos nas áreas Administrativa e Financeira. Valorizamos a iniciativa e o comprometimento, proporcionando espaço para contribuições significativas e crescimento profissional. Se você está em busca de um desafio estimulante e tem o desejo de integrar uma equipe dedicada à excelência no gerenciamento de TI, gostaríamos de convidá-lo(a) a explorar esta oportunidade conosco.\nResponsabilidades\nLançamento e controle de contas a pagar e a receber\nEmissão e conferência de notas fiscais e boletos\nRealização de conciliações bancárias e contábeis\nOrganização e arquivamento de documentos financeiros e fiscais\nAuxílio na elaboração de relatórios financeiros e contábeis\nApoio no fechamento mensal e envio de informações ao setor contábil\nAtendimento a fornecedores e parceiros para esclarecimento de dúvidas financeiras\nControle de planilhas financeiras e suporte em auditorias internas ou externas\nRequisitos\nEnsino médio completo (desejável curso técnico ou superior em andamento em Contabilidade, Administração ou áreas correlatas)\nExperiência prévia em rotinas financeiras ou contábeis\nConhecimento básico em informática, especialmente Excel\nHabilidade em lidar com números, organização e atenção aos detalhes\nBenefícios\nVale-refeição: R$ 680,00",
        }
