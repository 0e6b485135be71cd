import React from "react";
//import { Link } from 'react-router-dom';


function Aplica() {
     return (
          <div className=" pt-5 mt-3">
              
               <div className="text-center">
                    <div className="" style={{ backgroundColor: "#C9E1FF" }}>
                         <h1>Técnico/a aires acondicionados</h1>
                         <h6>Importante empresa del sector refrigeración - Medellín, Antioquia</h6>
                    </div>
                    <div className="">
                         <h2><b>Descripción de la oferta</b> </h2>
                         <p><small>$ 1.450.000,00</small></p>
                         <p><small> (Mensual)</small></p>
                         <p><small>Contrato a término fijo Tiempo Completo</small></p>
                         <p>Empresa del sector de instalaciones de fontanería, calefacción y aire acondicionado ubicada en Medellín, requiere para su equipo de trabajo operario/a de mantenimiento con experiencia mínima de 1 año en mantenimiento, reparación y montajes de equipos de aire acondicionado, para brindar soluciones a los problemas de funcionamiento de sistemas de aire acondicionado.
                              Proactividad, liderazgo, responsabilidad, puntualidad, honestidad, con buena presentación personal.

                              Responsabilidades y/o funciones del cargo:

                              - Dar apoyo en la realización de mantenimientos.

                              - Realizar montajes y reparaciones de sistemas de aire acondicionado.

                              - Asear el lugar de trabajo.

                              - Manejar, cuidar y limpiar las herramientas.

                              Conocimientos o requisitos específicos: Herramientas mecánicas. Indispensable contar con el curso de alturas.

                              Salario: $1.000.000 + prestaciones de ley + auxilio de transporte + $70.000 auxilio de movilidad.

                              Tipo de contrato: Término fijo.

                              Jornada laboral: Lunes a viernes de 7:00 a.m. a 5:00 p.m. y sábados de 7:00 a.m. a 12:00 p.m.

                              Lugar de trabajo: Medellín.
                         </p>
                         <p><b>Requerimientos</b></p>
                         <p>Educación mínima: Bachillerato / Educación Media</p>
                         <p>con o sin experiencia</p>
                         <p>Disponibilidad de viajar: No</p>
                         <p>Disponibilidad de cambio de residencia: No</p>
                    </div>
                    <button type="button" class="btn btn-primary" data-toggle="button" aria-pressed="false" autocomplete="off">
                         Aplicar empleo
                    </button>

               </div>


          </div>


     );


}
export default Aplica;