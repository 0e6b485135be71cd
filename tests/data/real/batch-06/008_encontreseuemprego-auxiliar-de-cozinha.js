{
            "titulo": "Auxiliar de Cozinha",
            "empresa": "Pessoa confidencial",
            "aplicacao": "recrutamentoedinoliasantos@gmail.com",
            "formato": "Presencial",
            "cidade": "Campinas",
            "pais": "Brasil",
            "descricao": "Auxiliar de cozinha\n5\nRh Mais Talentos em parceria com empresa no segmento de Restaurantes e similares\nCampinas/SP\nResidir em Campinas/SP, possuir ensino fundamental completo, possuir experiência como auxiliar de cozinha buscamos pessoas com bom trabalho em equipe, \nHigienização, corte e  puncionamento dos alimentos; limpeza e higienização do local de trabalho; produção ou preparo de alguns alimentos; lavagem de louças e utensílios de cozinha.\nR$1.615,00\nVale transporte, Refeição na Empresa, Cesta Básica - salário inicial de 1615,00 após 3 meses 1880,00\nDas 12h00 às 20h20 escala 6x1 (folga 1 domingo por mês)",
        }
