@include('pf.header')
<div class="sobreVaga">
    <div class="primeiroSobreC">
        <div class="containerDetalhes">
            <div class="tituloDescricao">
                <h2 style="font-weight: 400; margin-right: 50px;">Descrição</h2>
            </div>
            <div class="listasDetalhes">
                <ul>
                    <li>Área e especialização profissional: Serviços Gerais - Limpeza</li>
                    <li>Número de vagas: 3</li>
                    <li>Local de trabalho: São Paulo, SP</li>
                    <li>Apresentamos oportunidades para:</li>
                    <li>Auxiliar de Serviços Gerais - MEIO PERÍODO (4 horas/dia) ZONA SUL (SP)</li>
                    <li>Salário: 618,00 + BENEFÍCIOS.</li>
                    <li>Os Benefícios São: Vale transporte (1 condução ida e outra volta) + Cesta Básica.</li>
                    <li>Horário de Trabalho: Segunda a Sexta feira – 13:00 as 17:00hs.</li>
                    <li>Atividades: Realizar Limpeza geral de escritório, banheiros, retirada de lixos, servir café, etc.</li>
                    <li>Pré requisitos:</li>
                    <li>A. Com experiência em limpeza e conservação de escritórios - comprovada</li>
                    <li>B. Morar na zona sul.</li>
                </ul>
            </div>
            <div class="tituloDescricao">
                <h3 style="font-weight: 400; margin-right: 50px;">Exigencias</h3>
            </div>
            <div class="listasDetalhes">
                <ul>
                    <li>Escolaridade Mínima: Ensino Fundamental (1º grau)</li>
                </ul>
            </div>
        </div>
    </div>
    <div class="segundoSobreC">
        <div class="containerSEmp">
            <div class="fotoEmpresaS">
                <h3>Foto Empresa</h3>
            </div>
            <div class="tituloVaga">
                <h5>Título da vaga</h5>
                <p>Auxiliar De Serviços Gerais - Meio Período - Zona Sul</p>
            </div>
            <hr>
            <div class="tituloVaga">
                <h5>Empresa</h5>
                <p>Empresa Confidencial</p>
            </div>
            <hr>
            <div class="tituloVaga">
                <h5>Salario</h5>
                <p>R$ 610 - 1.350,00</p>
            </div>
            <hr>
            <div class="tituloVaga">
                <h5>Localidade</h5>
                <p>São Paulo</p>
            </div>
            <hr>
            <div class="botaoSobre ">
                <button class="btn btn-danger" style=" width: 120px;">Cadidatar-se</button>
            </div>
        </div>
    </div>

</div>

@include('pf.footer')