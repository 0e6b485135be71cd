export const jobList = {
  "count": 8799172,
  "next": "https://jobdataapi.com/api/jobs/?page=2",
  "previous": null,
  "results": [
    {
      "id": 11461809,
      "ext_id": "8496037418",
      "company": {
        "id": 3877,
        "name": "METRO/MAKRO",
        "logo": "https://jobdataapi.com/media/company/logo/22/10/METRO_News.png",
        "website_url": "https://www.metroag.de/",
        "linkedin_url": "https://www.linkedin.com/company/metro-ag",
        "twitter_handle": "METRO_News",
        "github_url": null
      },
      "title": "Assistente Técnico de Qualidade (Temporário) - Alcochete",
      "location": "Alcochete, Portugal",
      "types": [
        {
          "id": 1,
          "name": "Full Time"
        }
      ],
      "cities": [],
      "countries": [
        {
          "code": "PT",
          "name": "Portugal",
          "region": {
            "id": 3,
            "name": "Europe"
          }
        }
      ],
      "regions": [
        {
          "id": 3,
          "name": "Europe"
        }
      ],
      "has_remote": false,
      "published": "2024-11-23T11:58:56Z",
      "description": "<h3>Descrição da empresa</h3><p>A Aviludo é uma empresa de referência na distribuição de produtos alimentares. Fundada em 1984 no Algarve e presente em vários pontos do país, de Norte e Sul, com oito filiais representadas nacionalmente, três das quais incluem áreas especializadas no processamento e transformação de preparados de carne. Experiente no serviço personalizado de entrega porta a porta para o setor profissional alimentar - sobretudo, o canal HORECA, talhos e pequenos retalhistas - temos no nosso portefólio mais de 3500 referências de produtos, incluindo marcas próprias. Atualmente fazemos parte da METRO AG e temos o nosso propósito bem definido: \"Criar relações fortes e duradouras está no nosso ADN.\"</p><h3>Descrição do emprego</h3><p>Esta função integra-se na Equipa Técnica e de Qualidade da Filial de Alcochete, reportando  ao Diretor da respetiva área.</p><p>Responsabilidades:</p><ul><li>Elaborar e manter atualizadas as fichas técnicas dos artigos de Marca Própria e respetivos rótulos, assegurando a conformidade com requisitos legais, normativos e do fornecedor.</li><li>Atualizar as especificações de produtos de carne e as fichas de produção dos preparados de carne, garantindo o correto carregamento no sistema informático.</li><li>Aprovar rótulos e ativar códigos de novos artigos e fornecedores no sistema SAGE X3, assegurando o correto preenchimento da ficha de artigo/fornecedor.</li><li>Manter a carta de controlo da composição nutricional atualizada e carregada no sistema.</li><li>Analisar, em conjunto com a produção e a qualidade, a viabilidade técnica de novas matérias-primas e aprovar as alterações no sistema.</li><li>Fazer a análise técnica de novos fornecedores e de novos artigos, incluindo materiais subsidiários, ingredientes e EPI’s usados na produção.</li><li>Estruturar o plano de auditorias a fornecedores e controlar a conformidade de matérias-primas e ingredientes com base na análise de risco.</li><li>Colaborar na análise técnica de alterações de ingredientes, formulações e origem, garantindo o impacto mínimo no produto final.</li><li>Assegurar a atualização da documentação técnica e dos relatórios de recolha/retirada de produto no mercado.</li><li>Controlar e verificar os resultados das análises higiossanitárias e das auditorias de fornecedores, colaborando na resolução de não-conformidades.</li><li>Participar na gestão de KPI’s de qualidade e arquivar a documentação técnica exigida pelas autoridades reguladoras.</li><li>Dar formação aos colaboradores nas áreas sob sua responsabilidade.</li></ul><h3>Qualificações</h3><p>Habiltações e Requisitos</p><ul><li>Licenciatura em Engenharia Alimentar ou formação académica equivalente;</li><li>Experiência prévia na função;</li><li>Formação: Formação pedagógica de formadores (preferencial);</li><li>Domínio da informática na ótica do utilizador;</li><li>Facilidade de comunicar e escrever em inglês;</li><li>Capacidade de organização;</li><li>Boa capacidade de comunicação, oral e escrita;</li><li>Facilidade na relação interpessoal.</li></ul><h3>Informação adicional</h3><p><strong>Com o Grupo Aviludo irás ter:</strong></p><ul><li>Integração um grupo empresarial sólido e em expansão;</li><li> Ambiente de trabalho dinâmico;</li><li>Oportunidade de aprendizagem e formação.</li></ul><p>Se tens interesse em fazer parte da nossa equipa, envia a tua candidatura!</p>",
      "experience_level": "EN",
      "application_url": "https://jobs.smartrecruiters.com/METROMAKRO/744000028216215-assistente-tecnico-de-qualidade-temporario-alcochete",
      "language": "pt",
      "salary_min": null,
      "salary_max": null,
      "salary_currency": null
    }
  ]
}